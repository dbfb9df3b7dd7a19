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
        ["getHealth"] = ContractCall.Of((c, ct) => c.Auth.GetHealthAsync(ct)),
        ["getCurrentUser"] = ContractCall.Of((c, ct) => c.Auth.GetCurrentUserAsync(ct)),
        ["listApiKeys"] = ContractCall.Of((c, ct) => c.Auth.ListApiKeysAsync("user", UserId, ct)),

        // Workspaces
        ["listWorkspaces"] = ContractCall.Of((c, ct) => c.Workspaces.ListWorkspacesAsync(ct)),
        ["listOwners"] = ContractCall.Of((c, ct) => c.Workspaces.ListOwnersAsync(WorkspaceId, ct)),
        ["getWorkspace"] = ContractCall.Of((c, ct) => c.Workspaces.GetWorkspaceAsync(WorkspaceId, ct)),
        ["getWorkspace/workspace-details"] = ContractCall.Of((c, ct) => c.Workspaces.GetWorkspaceAsync(WorkspaceId, ct)) with { Verify = Verifications.Unwrapped<WorkspaceResponse>(r => r.Workspace) },

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
        ["listWorkbooks"] = ContractCall.Of((c, ct) => c.Workbooks.ListWorkbooksAsync(WorkspaceId, ct)),
        ["getWorkbook"] = ContractCall.Of((c, ct) => c.Workbooks.GetWorkbookAsync(WorkspaceId, WorkbookId, ct)),
        ["listWorkbookTables"] = ContractCall.Of((c, ct) => c.Workbooks.ListWorkbookTablesAsync(WorkbookId, ct)),

        // Tables
        ["getTable"] = ContractCall.Of((c, ct) => c.Tables.GetTableAsync(TableId, ct)),
        ["getTable/unwrapped-table"] = ContractCall.Of((c, ct) => c.Tables.GetTableAsync(TableId, ct)) with { Verify = Verifications.UnwrappedTable },
        ["updateTable"] = ContractCall.Of((c, ct) => c.Tables.AddWebhookAsync(TableId, WorkspaceId, "Inbound form", ct)),
        ["updateTable/rename-table"] = ContractCall.Of((c, ct) => c.Tables.RenameTableAsync(TableId, "Inbound leads (2026)", ct)),
        ["duplicateTable"] = ContractCall.Of((c, ct) => c.Tables.DuplicateTableAsync(TableId, new DuplicateTableRequest { Name = "Inbound leads (copy)" }, ct)),
        ["createView"] = ContractCall.Of((c, ct) => c.Tables.CreateViewAsync(TableId, new CreateViewRequest { Name = "Mine" }, ct)),
        ["updateView"] = ContractCall.Of((c, ct) => c.Tables.UpdateViewAsync(TableId, AllRowsViewId, new UpdateViewRequest { Name = "Everything" }, ct)),
        ["deleteView"] = ContractCall.Of((c, ct) => c.Tables.DeleteViewAsync(TableId, AllRowsViewId, ct)),
        ["updateViewFilter"] = ContractCall.Of((c, ct) => c.Tables.UpdateViewFilterAsync(TableId, ViewId, new ViewFilter
        {
            CombinationMode = "AND",
            Items = new List<ViewFilterItem> { new ViewFilterItem { FieldId = CompanyField, Type = "NOT_EMPTY" } },
        }, ct)),
        ["duplicateView"] = ContractCall.Of((c, ct) => c.Tables.DuplicateViewAsync(TableId, AllRowsViewId, new EmptyRequest(), ct)),
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
        ["listTables"] = ContractCall.Of((c, ct) => c.Tables.ListTablesAsync(WorkspaceId, ct)),
        ["createTable"] = ContractCall.Of((c, ct) => c.Tables.CreateTableAsync(new CreateTableRequest
        {
            WorkspaceId = WorkspaceId,
            WorkbookId = WorkbookId,
            Name = "Inbound leads",
            Type = "spreadsheet",
            Template = "basic",
        }, ct)),
        ["deleteTable"] = ContractCall.Of((c, ct) => c.Tables.DeleteTableAsync(TableId, ct)),
        ["deleteTable/deleted-table"] = ContractCall.Of((c, ct) => c.Tables.DeleteTableAsync(TableId, ct)) with { Verify = Verifications.UnwrappedTable },
        ["listViewRecords"] = ContractCall.Of((c, ct) => c.Tables.ListViewRecordsAsync(TableId, ViewId, 10, ct)),
        ["searchView"] = ContractCall.Of((c, ct) => c.Tables.SearchViewAsync(TableId, ViewId, new SearchViewRequest { SearchTerm = "acme" }, ct)),
        ["getRecord"] = ContractCall.Of((c, ct) => c.Tables.GetRecordAsync(TableId, Record1, ct)),
        ["getRecord/404-record-not-found"] = ContractCall.Of((c, ct) => c.Tables.GetRecordAsync(TableId, MissingRecord, ct)),
        ["updateRecord"] = ContractCall.Of((c, ct) => c.Tables.UpdateRecordAsync(TableId, Record1, new Dictionary<string, object> { { CompanyField, "Acme Inc." }, { EmployeesField, 45 } }, ct)),
        ["bulkFetchRecords"] = ContractCall.Of((c, ct) => c.Tables.BulkFetchRecordsAsync(TableId, new BulkFetchRecordsRequest
        {
            RecordIds = new List<string> { Record1, Record2 },
            IncludeExternalContentFieldIds = new List<string>(),
        }, ct)),
        ["bulkFetchRecords/missing-record-id"] = ContractCall.Of((c, ct) => c.Tables.BulkFetchRecordsAsync(TableId, new BulkFetchRecordsRequest
        {
            RecordIds = new List<string> { Record1, MissingRecord, Record3 },
            IncludeExternalContentFieldIds = new List<string>(),
        }, ct)) with { Verify = Verifications.RecordsWithout(MissingRecord) },

        // Fields
        ["createField"] = ContractCall.Of((c, ct) => c.Fields.CreateFieldAsync(TableId, new CreateFieldRequest
        {
            Name = "Company domain",
            Type = "text",
            TypeSettings = new FieldTypeSettings { DataTypeSettings = new DataTypeSettings { Type = "text" } },
            ActiveViewId = ViewId,
        }, ct)),
        ["createField/enrichment-field"] = ContractCall.Of((c, ct) => c.Fields.CreateFieldAsync(TableId, new CreateFieldRequest
        {
            Name = "Work email",
            Type = "action",
            ActiveViewId = ViewId,
            TypeSettings = new FieldTypeSettings
            {
                ActionKey = "find-work-email",
                ActionPackageId = FindEmailPackage,
                ActionVersion = 1,
                AuthAccountId = AppAccountId,
                DataTypeSettings = new DataTypeSettings { Type = "json" },
                InputsBinding = new List<InputBinding>
                {
                    new() { Name = "domain", FormulaText = "{{" + DomainField + "}}" },
                    new() { Name = "company", FormulaText = "{{" + CompanyField + "}}", Optional = true },
                },
                ConditionalRunFormulaText = "!!{{" + DomainField + "}}",
            },
        }, ct)),
        ["updateField"] = ContractCall.Of((c, ct) => c.Fields.UpdateFieldAsync(TableId, DomainField, new UpdateFieldRequest { Name = "Company domain" }, ct)),
        ["updateField/bare-field"] = ContractCall.Of((c, ct) => c.Fields.UpdateFieldAsync(TableId, DomainField, new UpdateFieldRequest
        {
            TypeSettings = new FieldTypeSettings
            {
                FormulaType = "text",
                FormulaText = "{{" + CompanyField + "}}?.website",
                DataTypeSettings = new DataTypeSettings { Type = "url" },
            },
        }, ct)) with { Verify = Verifications.Unwrapped<FieldResponse>(r => r.Field) },
        ["deleteFields"] = ContractCall.Of((c, ct) => c.Fields.DeleteFieldsAsync(TableId, new DeleteFieldsRequest { FieldIds = new List<string> { DomainField, CompanyField } }, ct)),
        ["deleteField"] = ContractCall.Of((c, ct) => c.Fields.DeleteFieldAsync(TableId, DomainField, ct)),
        ["createWaterfallField"] = ContractCall.Of((c, ct) => c.Fields.CreateWaterfallFieldAsync(TableId, new CreateWaterfallFieldRequest
        {
            WaterfallFieldName = "Work email (waterfall)",
            WaterfallGroupName = "Work email (waterfall)",
            WaterfallConfigs = new List<WaterfallConfig>
            {
                new()
                {
                    Type = "actionConfig",
                    ActionKey = "find-work-email",
                    ActionPackageId = FindEmailPackage,
                    AuthAccountId = AppAccountId,
                    InputsBinding = new List<InputBinding> { new() { Name = "domain", FormulaText = "{{" + DomainField + "}}" } },
                    AttributePath = "email",
                    Name = "Find work email",
                },
                new()
                {
                    Type = "actionConfig",
                    ActionKey = "find-work-email-v2",
                    ActionPackageId = FindEmailPackage,
                    InputsBinding = new List<InputBinding>
                    {
                        new() { Name = "domain", FormulaText = "{{" + DomainField + "}}" },
                        new() { Name = "company", FormulaText = "{{" + CompanyField + "}}" },
                    },
                    AttributePath = "email",
                    Name = "Find work email (second provider)",
                },
            },
            RunAsButton = false,
            RunMode = "DONT_RUN",
        }, ct)),
        ["listRunFields"] = ContractCall.Of((c, ct) => c.Fields.ListRunFieldsAsync(TableId, ct)),
        ["getFieldRunStatus"] = ContractCall.Of((c, ct) => c.Fields.GetFieldRunStatusAsync(WorkspaceId, TableId, ct)),

        // The counts are not ready: the string "_pending" stands where the map goes.
        ["getFieldRunStatus/pending"] = ContractCall.Of((c, ct) => c.Fields.GetFieldRunStatusAsync(WorkspaceId, TableId, ct)) with
        {
            Verify = (result, _) => Assert.True(Assert.IsType<FieldRunStatus>(result).IsPending),
        },

        // Exports
        ["exportTable"] = ContractCall.Of((c, ct) => c.Exports.ExportTableAsync(TableId, new ExportRequest { Format = "csv" }, ct)),
        ["exportView"] = ContractCall.Of((c, ct) => c.Exports.ExportViewAsync(TableId, ViewId, new ExportRequest { Format = "csv" }, ct)),
        ["getExport"] = ContractCall.Of((c, ct) => c.Exports.GetExportAsync(ExportJobId, ct)),

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
        ["createSource"] = ContractCall.Of((c, ct) => c.Sources.CreateSourceAsync(new CreateSourceRequest
        {
            WorkspaceId = WorkspaceId,
            TableId = TableId,
            Name = "Inbound webhook",
            Type = "webhook",
            TypeSettings = new SourceTypeSettings(),
        }, ct)),
        ["createSource/create-webhook-source"] = ContractCall.Of((c, ct) => c.Sources.CreateSourceAsync(new CreateSourceRequest
        {
            WorkspaceId = WorkspaceId,
            TableId = TableId,
            Name = "Inbound webhook",
            Type = "webhook",
            TypeSettings = new SourceTypeSettings(),
        }, ct)) with { Verify = Verifications.Unwrapped<SourceResponse>(r => r.Source) },
        ["getSource"] = ContractCall.Of((c, ct) => c.Sources.GetSourceAsync(WebhookSource, ct)),
        ["getSource/webhook-source"] = ContractCall.Of((c, ct) => c.Sources.GetSourceAsync(WebhookSource, ct)) with { Verify = Verifications.Unwrapped<SourceResponse>(r => r.Source) },
        ["updateSource"] = ContractCall.Of((c, ct) => c.Sources.UpdateSourceAsync(WebhookSource, new UpdateSourceRequest { Name = "Inbound webhook (2026)" }, ct)) with { Verify = Verifications.Unwrapped<SourceResponse>(r => r.Source) },
        ["createWebhookAuthToken"] = ContractCall.Of((c, ct) => c.Sources.CreateWebhookAuthTokenAsync(WebhookSource, new EmptyRequest(), ct)),
        ["setWebhookResponseType"] = ContractCall.Of((c, ct) => c.Sources.SetWebhookResponseTypeAsync(WebhookSource, new SetWebhookResponseTypeRequest { SourceId = WebhookSource, ResponseType = "PLAIN_TEXT" }, ct)),
        ["sendToWebhook"] = ContractCall.Of((c, ct) => c.Sources.SendToWebhookAsync(WebhookId, new WebhookRow
        {
            AdditionalProperties = new Dictionary<string, object> { { "name", "Acme" }, { "url", "https://acme.com" }, { "employees", 42 } },
        }, null, ct)),
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
