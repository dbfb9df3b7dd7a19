namespace ClayGen;

/// <summary>
/// Where each endpoint of the unofficial Clay API docs site lives on <see cref="ClayClient"/>:
/// its exact title → <c>Client.Method</c>. A test keeps it in step with the spec's <c>x-clay-docs</c>.
/// </summary>
public static class ClayDocs
{
    /// <summary>Docs title → member path on <see cref="ClayClient"/> (e.g. <c>Tables.DeleteAllRecordsAsync</c>).</summary>
    public static IReadOnlyDictionary<string, string> Methods { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Fetch Clay Cookies"] = "Auth.FetchSessionAsync",
        ["Get All Workspaces"] = "Workspaces.ListWorkspacesAsync",
        ["Create a folder"] = "Folders.CreateFolderAsync",
        ["Delete a folder"] = "Folders.DeleteFolderAsync",
        ["Fetch all resources"] = "Resources.ListResourcesAsync",
        ["Search a resource in workspace"] = "Resources.SearchResourcesAsync",
        ["Create a Workbook"] = "Workbooks.CreateWorkbookAsync",
        ["Delete a Workbook"] = "Workbooks.DeleteWorkbookAsync",
        ["Fetch all record ids in a table"] = "Tables.GetRecordIdsAsync",
        ["Add a row in the table"] = "Tables.AddRecordsAsync",
        ["Delete a row from the table"] = "Tables.DeleteRecordsAsync",
        ["Delete all rows from a table"] = "Tables.DeleteAllRecordsAsync",
        ["Run an enrichment column"] = "Tables.RunEnrichmentAsync",
        ["Count number of rows in a Table"] = "Tables.CountRowsAsync",
        ["Get a list of owners"] = "Workspaces.ListOwnersAsync",
        ["Get User-Specific Credit Usage Report"] = "Credits.GetUserCreditReportAsync",
        ["Get User-Created Resources"] = "Resources.ListUserCreatedResourcesAsync",
        ["Get Workspace Credit Usage Report"] = "Credits.GetWorkspaceCreditReportAsync",
        ["List all integrations"] = "Integrations.ListAppAccountsAsync",
        ["Get Integration Type Details"] = "Integrations.GetIntegrationTypeDetailsAsync",
        ["Get Integration-Specific Credit Usage"] = "Credits.GetIntegrationSpecificCreditUsageAsync",
        ["Get Integration Credit Usage Report"] = "Credits.GetIntegrationCreditReportAsync",
        ["List all sources in a table"] = "Sources.ListTableSourcesAsync",
        ["Add Webhook to a table"] = "Tables.AddWebhookAsync",
        ["Delete a Source from the table"] = "Sources.DeleteSourceAsync",
    };
}
