using ClayGen.ContractTests.Infrastructure;
using static ClayGen.ContractTests.Scenarios.ClayIds;

namespace ClayGen.ContractTests.Scenarios;

/// <summary>
/// The client call behind each recording. A recording at <c>&lt;Tag&gt;/&lt;operationId&gt;/&lt;scenario&gt;.json</c>
/// uses the call registered as <c>operationId/scenario</c>, or else the operation's default call
/// (registered as <c>operationId</c>), which error recordings share with the main success scenario.
/// </summary>
public static class ContractScenarios
{
    public static IReadOnlyDictionary<string, ContractCall> Calls { get; } = new Dictionary<string, ContractCall>(StringComparer.Ordinal)
    {
        // Auth
        ["login"] = ContractCall.Of((c, ct) => c.Auth.FetchSessionAsync(LoginEmail, LoginPassword, ct)) with { Verify = Verifications.IssuedSession },

        // Workspaces
        ["listWorkspaces"] = ContractCall.Of((c, ct) => c.Workspaces.ListWorkspacesAsync(ct)),
        ["listOwners"] = ContractCall.Of((c, ct) => c.Workspaces.ListOwnersAsync(WorkspaceId, ct)),

        // Folders
        ["createFolder"] = ContractCall.Of((c, ct) => c.Folders.CreateFolderAsync(WorkspaceId, "Q3 campaigns", null, ct)),

        // Resources
        ["deleteResources"] = ContractCall.Of((c, ct) => c.Folders.DeleteFolderAsync(WorkspaceId, FolderId, false, ct)),
        ["deleteResources/delete-workbook"] = ContractCall.Of((c, ct) => c.Workbooks.DeleteWorkbookAsync(WorkspaceId, WorkbookId, false, ct)),
        ["listResources"] = ContractCall.Of((c, ct) => c.Resources.ListResourcesAsync(WorkspaceId, ResourceFilter.All(), ct)),
        ["listResources/user-created"] = ContractCall.Of((c, ct) => c.Resources.ListUserCreatedResourcesAsync(WorkspaceId, UserId, ct)),
        ["listResources/search-by-name"] = ContractCall.Of((c, ct) => c.Resources.SearchResourcesAsync(WorkspaceId, "leads", ct)),

        // Workbooks
        ["createWorkbook"] = ContractCall.Of((c, ct) => c.Workbooks.CreateWorkbookAsync(WorkspaceId, "Inbound leads", FolderId, true, ct)),

        // Tables
        ["getTable"] = ContractCall.Of((c, ct) => c.Tables.GetTableAsync(TableId, ct)),
        ["getTable/unwrapped-table"] = ContractCall.Of((c, ct) => c.Tables.GetTableAsync(TableId, ct)) with { Verify = Verifications.UnwrappedTable },
        ["updateTable"] = ContractCall.Of((c, ct) => c.Tables.AddWebhookAsync(TableId, WorkspaceId, "Inbound form", ct)),
        ["updateTable/rename-table"] = ContractCall.Of((c, ct) => c.Tables.RenameTableAsync(TableId, "Inbound leads (2026)", ct)),
        ["listRecordIds"] = ContractCall.Of((c, ct) => c.Tables.GetRecordIdsAsync(TableId, ViewId, ct)) with { Verify = Verifications.RecordIdsWithoutPlaceholder },
        ["listRecordIds/stream-record-ids"] = ContractCall.Streaming((c, ct) => c.Tables.StreamRecordIdsAsync(TableId, ViewId, ct)) with { Verify = Verifications.RecordIdsWithoutPlaceholder },
        ["addRecords"] = ContractCall.Of((c, ct) => c.Tables.AddRecordsAsync(TableId, new[]
        {
            new Dictionary<string, object?> { { CompanyField, "Acme" }, { EmployeesField, 42 } },
            new Dictionary<string, object?> { { CompanyField, "Globex" }, { EmployeesField, 1200 } },
        }, ct)),
        ["deleteRecords"] = ContractCall.Of((c, ct) => c.Tables.DeleteRecordsAsync(TableId, new[] { Record1, Record2 }, ct)),
        ["deleteRecords/delete-all-rows"] = ContractCall.Of((c, ct) => c.Tables.DeleteAllRecordsAsync(TableId, ViewId, new[] { Record3 }, ct)),
        ["updateRecords"] = ContractCall.Of((c, ct) => c.Tables.UpdateRecordsAsync(TableId, new UpdateRecordsRequest
        {
            Records = new List<RecordUpdate> { new() { Id = Record1, Cells = new Dictionary<string, object?> { { CompanyField, "Acme Inc." } } } },
        }, ct)),
        ["runEnrichment"] = ContractCall.Of((c, ct) => c.Tables.RunEnrichmentAsync(TableId, new[] { EnrichField }, RunRecords.TopOfView(ViewId, 10), false, ct)),
        ["countRows"] = ContractCall.Of((c, ct) => c.Tables.CountRowsAsync(TableId, ct)),
        ["countRows/count-alternative-key"] = ContractCall.Of((c, ct) => c.Tables.CountRowsAsync(TableId, ct)) with { Verify = Verifications.TotalFromEitherKey },
        ["countRows/429-then-success"] = ContractCall.Of((c, ct) => c.Tables.CountRowsAsync(TableId, ct)) with { MaxRetries = 2, RetryMaxDelay = TimeSpan.FromSeconds(2) },

        // Credits
        ["getCreditReport"] = ContractCall.Of((c, ct) => c.Credits.GetWorkspaceCreditReportAsync(WorkspaceId, ReportStart, ReportEnd, ct)),
        ["getCreditReport/user-report"] = ContractCall.Of((c, ct) => c.Credits.GetUserCreditReportAsync(WorkspaceId, UserId, ReportStart, ReportEnd, ct)),
        ["getCreditReport/integration-specific-usage"] = ContractCall.Of((c, ct) => c.Credits.GetIntegrationSpecificCreditUsageAsync(WorkspaceId, ElevenLabsPackage, ReportStart, ReportEnd, ct)),
        ["getCreditReport/integration-report"] = ContractCall.Of((c, ct) => c.Credits.GetIntegrationCreditReportAsync(WorkspaceId, ReportStart, ReportEnd, ct)),

        // Integrations
        ["listAppAccounts"] = ContractCall.Of((c, ct) => c.Integrations.ListAppAccountsAsync(WorkspaceId, ct)),
        ["listActions"] = ContractCall.Of((c, ct) => c.Integrations.ListActionsAsync(WorkspaceId, ct)),
        ["listActions/integration-type-details"] = ContractCall.Of((c, ct) => c.Integrations.GetIntegrationTypeDetailsAsync(WorkspaceId, "elevenlabs", ct)) with { Verify = Verifications.ActionsOfProvider("elevenlabs") },

        // Sources
        ["listSources"] = ContractCall.Of((c, ct) => c.Sources.ListTableSourcesAsync(TableId, ct)),
        ["deleteSource"] = ContractCall.Of((c, ct) => c.Sources.DeleteSourceAsync(WebhookSource, false, ct)),
    };

    /// <summary>The call behind a recording, or null when none is registered.</summary>
    public static ContractCall? Resolve(Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        return Resolve(recording.OperationId, recording.Scenario);
    }

    public static ContractCall? Resolve(string operationId, string scenario) =>
        Calls.TryGetValue(operationId + "/" + scenario, out var specific) ? specific
        : Calls.TryGetValue(operationId, out var fallback) ? fallback
        : null;
}
