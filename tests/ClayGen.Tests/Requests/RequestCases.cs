namespace ClayGen.Tests.Requests;

/// <summary>Every operation, through its generated method and through each hand-written named method.</summary>
public static class RequestCases
{
    public const int Ws = 712043;

    // Above int.MaxValue (2^31 - 1): ids are 64-bit in the spec and on the wire.
    public const long BigWs = 3_000_000_000;
    private static readonly DateTimeOffset From = new(2025, 6, 30, 19, 0, 0, TimeSpan.Zero);

    // A local-time offset, to prove the query is sent in UTC.
    private static readonly DateTimeOffset To = new(2025, 7, 31, 21, 0, 0, TimeSpan.FromHours(2));

    public static IEnumerable<RequestCase> All() =>
    [
        new("listWorkspaces", c => c.Workspaces.ListWorkspacesAsync(), "GET", "/v3/my-workspaces", null, """{"results":[]}"""),
        new("listOwners", c => c.Workspaces.ListOwnersAsync(Ws), "GET", "/v3/workspaces/712043/permissions", null, """{"users":[]}"""),
        new("listOwners of a workspace id above 2^31", c => c.Workspaces.ListOwnersAsync(BigWs), "GET", "/v3/workspaces/3000000000/permissions", null, """{"users":[]}"""),
        new("createFolder", c => c.Folders.CreateFolderAsync(Ws, "Q3 campaigns"), "POST", "/v3/workspaces/712043/folders", """{"name":"Q3 campaigns"}""", """{"id":"f_1"}"""),
        new("createFolder nested", c => c.Folders.CreateFolderAsync(Ws, new CreateFolderRequest { Name = "Sub", ParentFolderId = "f_1" }), "POST", "/v3/workspaces/712043/folders", """{"name":"Sub","parentFolderId":"f_1"}""", """{"id":"f_2"}"""),
        new("deleteFolder", c => c.Folders.DeleteFolderAsync(Ws, "f_1"), "DELETE", "/v3/workspaces/712043/resources/", """{"folderIds":["f_1"],"workbookIds":[],"tableIds":[],"isPermanentDelete":false}"""),
        new("deleteWorkbook", c => c.Workbooks.DeleteWorkbookAsync(Ws, "wb_1", permanent: true), "DELETE", "/v3/workspaces/712043/resources/", """{"folderIds":[],"workbookIds":["wb_1"],"tableIds":[],"isPermanentDelete":true}"""),
        new("deleteResources", c => c.Resources.DeleteResourcesAsync(Ws, new DeleteResourcesRequest { TableIds = ["t_1"] }), "DELETE", "/v3/workspaces/712043/resources/", """{"folderIds":[],"workbookIds":[],"tableIds":["t_1"],"isPermanentDelete":false}"""),
        new("listResources all", c => c.Resources.ListResourcesAsync(Ws, ResourceFilter.All()), "POST", "/v3/workspaces/712043/resources_v2/", """{"filters":{},"isGlobalSearch":false}""", """{"resources":[]}"""),
        new("listResources workbooks of owner", c => c.Resources.ListResourcesAsync(Ws, ResourceFilter.Workbooks().OwnedBy(4515)), "POST", "/v3/workspaces/712043/resources_v2/", """{"filters":{"resourceTypes":["WORKBOOK"],"ownerIds":[4515]},"isGlobalSearch":false}""", """{"resources":[]}"""),
        new("listResources in folder, everywhere, matching", c => c.Resources.ListResourcesAsync(Ws, ResourceFilter.Tables().InFolder("f_1").Everywhere().Matching("leads")), "POST", "/v3/workspaces/712043/resources_v2/", """{"parentResource":{"id":"f_1","resourceType":"FOLDER"},"filters":{"resourceTypes":["TABLE"],"q":"leads"},"isGlobalSearch":true}""", """{"resources":[]}"""),
        new("listUserCreatedResources", c => c.Resources.ListUserCreatedResourcesAsync(Ws, 4515), "POST", "/v3/workspaces/712043/resources_v2/", """{"filters":{"ownerIds":[4515]},"isGlobalSearch":false}""", """{"resources":[]}"""),
        new("searchResources", c => c.Resources.SearchResourcesAsync(Ws, "leads"), "POST", "/v3/workspaces/712043/resources_v2/", """{"filters":{"q":"leads"},"isGlobalSearch":true}""", """{"resources":[]}"""),
        new("createWorkbook", c => c.Workbooks.CreateWorkbookAsync(Ws, "Inbound", "f_1", autoRun: true), "POST", "/v3/workbooks", """{"name":"Inbound","workspaceId":712043,"settings":{"isAutoRun":true},"parentFolderId":"f_1"}""", """{"id":"wb_1"}"""),
        new("getTable", c => c.Tables.GetTableAsync("t_1"), "GET", "/v3/tables/t_1", null, """{"table":{"id":"t_1"}}"""),
        new("getTable escapes its id", c => c.Tables.GetTableAsync("t_é x"), "GET", "/v3/tables/t_%C3%A9%20x", null, """{"table":{"id":"t_1"}}"""),
        new("addWebhook", c => c.Tables.AddWebhookAsync("t_1", Ws, "Inbound form"), "PATCH", "/v3/tables/t_1", """{"sourceSettings":{"addSource":{"name":"Webhook","source":{"name":"Inbound form","workspaceId":712043,"type":"webhook","typeSettings":{}}}}}""", """{"table":{"id":"t_1"}}"""),
        new("renameTable", c => c.Tables.RenameTableAsync("t_1", "Leads"), "PATCH", "/v3/tables/t_1", """{"name":"Leads"}""", """{"table":{"id":"t_1"}}"""),
        new("listRecordIds", c => c.Tables.ListRecordIdsAsync("t_1", "gv_1"), "GET", "/v3/tables/t_1/views/gv_1/records/ids", null, """{"results":[]}"""),
        new("getRecordIds", c => c.Tables.GetRecordIdsAsync("t_1", "gv_1"), "GET", "/v3/tables/t_1/views/gv_1/records/ids", null, """{"results":["search","r_1"]}"""),
        new("addRecords", c => c.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f_a"] = "Acme", ["f_b"] = 42 }]), "POST", "/v3/tables/t_1/records", """{"records":[{"cells":{"f_a":"Acme","f_b":42}}]}""", """{"records":[]}"""),
        new("addRecords with caller id", c => c.Tables.AddRecordsAsync("t_1", new AddRecordsRequest { Records = [new NewRecord { Id = "r_mine", Cells = new Dictionary<string, object?> { ["f_a"] = null } }] }), "POST", "/v3/tables/t_1/records", """{"records":[{"id":"r_mine","cells":{"f_a":null}}]}""", """{"records":[]}"""),
        new("deleteRecords", c => c.Tables.DeleteRecordsAsync("t_1", ["r_1", "r_2"]), "DELETE", "/v3/tables/t_1/records", """{"recordIds":["r_1","r_2"]}"""),
        new("deleteAllRecords", c => c.Tables.DeleteAllRecordsAsync("t_1", "gv_1", ["r_keep"]), "DELETE", "/v3/tables/t_1/records", """{"recordIds":[],"deleteAll":true,"viewId":"gv_1","omitDeletingRecordIds":["r_keep"],"viewFiltersHash":""}"""),
        new("updateRecords", c => c.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest { Records = [new RecordUpdate { Id = "r_1", Cells = new Dictionary<string, object?> { ["f_a"] = "Acme Inc." } }] }), "PATCH", "/v3/tables/t_1/records", """{"records":[{"id":"r_1","cells":{"f_a":"Acme Inc."}}]}""", """{"records":[],"extraData":{"message":"Record updates enqueued"}}"""),
        new("runEnrichment top of view", c => c.Tables.RunEnrichmentAsync("t_1", ["f_e"], RunRecords.TopOfView("gv_1", 10)), "PATCH", "/v3/tables/t_1/run", """{"fieldIds":["f_e"],"runRecords":{"viewIdTopRecords":{"viewId":"gv_1","numRecords":10}},"callerName":"ClayGen","forceRun":false}""", """{"recordCount":10}"""),
        new("runEnrichment whole view", c => c.Tables.RunEnrichmentAsync("t_1", ["f_e"], RunRecords.WholeView("gv_1"), forceRun: true), "PATCH", "/v3/tables/t_1/run", """{"fieldIds":["f_e"],"runRecords":{"viewIdTopRecords":{"viewId":"gv_1"}},"callerName":"ClayGen","forceRun":true}""", """{"recordCount":10}"""),
        new("runEnrichment records", c => c.Tables.RunEnrichmentAsync("t_1", ["f_e", "f_f"], RunRecords.ForRecords(["r_1"])), "PATCH", "/v3/tables/t_1/run", """{"fieldIds":["f_e","f_f"],"runRecords":{"recordIds":["r_1"]},"callerName":"ClayGen","forceRun":false}""", """{"recordCount":1}"""),
        new("countRows", c => c.Tables.CountRowsAsync("t_1"), "GET", "/v3/tables/t_1/count", null, """{"tableTotalRecordsCount":3}"""),
        new("workspace credit report", c => c.Credits.GetWorkspaceCreditReportAsync(Ws, From, To), "GET", "/v3/credit-reporting/712043/creditReportType/workspace?timeRange[startTime]=2025-06-30T19%3A00%3A00.000Z&timeRange[endTime]=2025-07-31T19%3A00%3A00.000Z", null, """{"entities":[]}"""),
        new("user credit report", c => c.Credits.GetUserCreditReportAsync(Ws, 4515, From, To), "GET", "/v3/credit-reporting/712043/creditReportType/workspace?timeRange[startTime]=2025-06-30T19%3A00%3A00.000Z&timeRange[endTime]=2025-07-31T19%3A00%3A00.000Z&ownerIds[0]=4515", null, """{"entities":[]}"""),
        new("integration-specific credit usage", c => c.Credits.GetIntegrationSpecificCreditUsageAsync(Ws, "6c4f2a8e-8b1d-4f55-9a3e-2b7c9d0e1f23", From, To), "GET", "/v3/credit-reporting/712043/creditReportType/workspace?timeRange[startTime]=2025-06-30T19%3A00%3A00.000Z&timeRange[endTime]=2025-07-31T19%3A00%3A00.000Z&integrations[0]=6c4f2a8e-8b1d-4f55-9a3e-2b7c9d0e1f23", null, """{"entities":[]}"""),
        new("integration credit report", c => c.Credits.GetIntegrationCreditReportAsync(Ws, From, To), "GET", "/v3/credit-reporting/712043/creditReportType/integration?timeRange[startTime]=2025-06-30T19%3A00%3A00.000Z&timeRange[endTime]=2025-07-31T19%3A00%3A00.000Z", null, """{"entities":[]}"""),
        new("credit report with every filter", c => c.Credits.GetCreditReportAsync(Ws, CreditReportQuery.Between(From, To).ForOwners(4515, 4516).ForIntegrations("a", "b").RecurringOnly().WithCreditLimit()), "GET", "/v3/credit-reporting/712043/creditReportType/workspace?timeRange[startTime]=2025-06-30T19%3A00%3A00.000Z&timeRange[endTime]=2025-07-31T19%3A00%3A00.000Z&ownerIds[0]=4515&ownerIds[1]=4516&integrations[0]=a&integrations[1]=b&isRecurringOnly=true&hasCreditLimit=true", null, """{"entities":[]}"""),
        new("listAppAccounts", c => c.Integrations.ListAppAccountsAsync(Ws), "GET", "/v3/workspaces/712043/app-accounts", null, "[]"),
        new("listActions", c => c.Integrations.ListActionsAsync(Ws), "GET", "/v3/actions?workspaceId=712043", null, """{"actions":[]}"""),
        new("integration type details", c => c.Integrations.GetIntegrationTypeDetailsAsync(Ws, "elevenlabs"), "GET", "/v3/actions?workspaceId=712043", null, """{"actions":[]}"""),
        new("listTableSources", c => c.Sources.ListTableSourcesAsync("t_1"), "GET", "/v3/sources?tableId=t_1", null, "[]"),
        new("listSources of workspace", c => c.Sources.ListSourcesAsync(workspaceId: Ws), "GET", "/v3/sources?workspaceId=712043", null, "[]"),
        new("listActions of a workspace id above 2^31", c => c.Integrations.ListActionsAsync(BigWs), "GET", "/v3/actions?workspaceId=3000000000", null, """{"actions":[]}"""),
        new("user credit report with ids above 2^31", c => c.Credits.GetUserCreditReportAsync(BigWs, 3_000_000_001, From, To), "GET", "/v3/credit-reporting/3000000000/creditReportType/workspace?timeRange[startTime]=2025-06-30T19%3A00%3A00.000Z&timeRange[endTime]=2025-07-31T19%3A00%3A00.000Z&ownerIds[0]=3000000001", null, """{"entities":[]}"""),
        new("createWorkbook in a workspace id above 2^31", c => c.Workbooks.CreateWorkbookAsync(BigWs, "Inbound"), "POST", "/v3/workbooks", """{"name":"Inbound","workspaceId":3000000000}""", """{"id":"wb_1","name":"Inbound"}"""),
        new("deleteSource", c => c.Sources.DeleteSourceAsync("s_1"), "DELETE", "/v3/sources/s_1", """{"deleteRecords":false}"""),
        new("getHealth", c => c.Auth.GetHealthAsync(), "GET", "/v3", null, """{"status":"ok"}"""),
        new("getCurrentUser", c => c.Auth.GetCurrentUserAsync(), "GET", "/v3/me", null, """{"id":4515}"""),
        new("getWorkspace", c => c.Workspaces.GetWorkspaceAsync(BigWs), "GET", "/v3/workspaces/3000000000", null, """{"id":3000000000}"""),
        new("listTables", c => c.Tables.ListTablesAsync(Ws), "GET", "/v3/workspaces/712043/tables", null, """{"results":[]}"""),
        new("listWorkbooks", c => c.Workbooks.ListWorkbooksAsync(Ws), "GET", "/v3/workspaces/712043/workbooks", null, "[]"),
        new("listWorkbookTables", c => c.Workbooks.ListWorkbookTablesAsync("wb_1"), "GET", "/v3/workbooks/wb_1/tables", null, "[]"),
        new("createTable", c => c.Tables.CreateTableAsync(new CreateTableRequest { WorkspaceId = Ws, Name = "Leads", Type = "spreadsheet", WorkbookId = "wb_1" }), "POST", "/v3/tables", """{"workspaceId":712043,"workbookId":"wb_1","name":"Leads","type":"spreadsheet"}""", """{"table":{"id":"t_1"}}"""),
        new("deleteTable", c => c.Tables.DeleteTableAsync("t_1"), "DELETE", "/v3/tables/t_1", null, """{"id":"t_1","deletedAt":"2026-04-05T10:00:00.000Z"}"""),
        new("createField", c => c.Fields.CreateFieldAsync("t_1", new CreateFieldRequest { Name = "Domain", Type = "text", TypeSettings = new FieldTypeSettings { DataTypeSettings = new DataTypeSettings { Type = "text" } } }), "POST", "/v3/tables/t_1/fields", """{"name":"Domain","type":"text","typeSettings":{"dataTypeSettings":{"type":"text"}}}""", """{"field":{"id":"f_1","name":"Domain"}}"""),
        new("updateField", c => c.Fields.UpdateFieldAsync("t_1", "f_1", new UpdateFieldRequest { Name = "Website" }), "PATCH", "/v3/tables/t_1/fields/f_1", """{"name":"Website"}""", """{"id":"f_1","name":"Website"}"""),
        new("deleteField", c => c.Fields.DeleteFieldAsync("t_1", "f_1"), "DELETE", "/v3/tables/t_1/fields/f_1", null),
        new("createView", c => c.Tables.CreateViewAsync("t_1", new CreateViewRequest { Name = "Mine" }), "POST", "/v3/tables/t_1/views", """{"name":"Mine"}""", """{"id":"gv_2","name":"Mine"}"""),
        new("updateView", c => c.Tables.UpdateViewAsync("t_1", "gv_1", new UpdateViewRequest { Name = "Everything" }), "PATCH", "/v3/tables/t_1/views/gv_1", """{"name":"Everything"}""", """{"id":"gv_1","name":"Everything"}"""),
        new("deleteView", c => c.Tables.DeleteViewAsync("t_1", "gv_2"), "DELETE", "/v3/tables/t_1/views/gv_2", null),
        new("duplicateView", c => c.Tables.DuplicateViewAsync("t_1", "gv_1", new EmptyRequest()), "POST", "/v3/tables/t_1/views/gv_1/duplicate", "{}", """{"id":"gv_3","name":"Default view (copy)"}"""),
        new("duplicateTable", c => c.Tables.DuplicateTableAsync("t_1", new DuplicateTableRequest { Name = "Leads (copy)" }), "POST", "/v3/tables/t_1/duplicate", """{"name":"Leads (copy)"}""", """{"table":{"id":"t_2"}}"""),
        new("getWorkbook", c => c.Workbooks.GetWorkbookAsync(BigWs, "wb_1"), "GET", "/v3/3000000000/workbooks/wb_1", null, """{"id":"wb_1","name":"Inbound"}"""),
        new("deleteFields", c => c.Fields.DeleteFieldsAsync("t_1", new DeleteFieldsRequest { FieldIds = ["f_1", "f_2"] }), "DELETE", "/v3/tables/t_1/fields", """{"fieldIds":["f_1","f_2"]}"""),
        new("listViewRecords", c => c.Tables.ListViewRecordsAsync("t_1", "gv_1", 10), "GET", "/v3/tables/t_1/views/gv_1/records?limit=10", null, """{"results":[]}"""),
        new("searchView", c => c.Tables.SearchViewAsync("t_1", "gv_1", new SearchViewRequest { SearchTerm = "acme" }), "POST", "/v3/tables/t_1/views/gv_1/search", """{"searchTerm":"acme"}""", """{"results":[]}"""),
        new("getRecord", c => c.Tables.GetRecordAsync("t_1", "r_1"), "GET", "/v3/tables/t_1/records/r_1", null, """{"id":"r_1"}"""),
        new("updateRecord", c => c.Tables.UpdateRecordAsync("t_1", "r_1", new Dictionary<string, object> { ["f_a"] = "Acme Inc." }), "PATCH", "/v3/tables/t_1/records/r_1", """{"f_a":"Acme Inc."}""", """{"message":"Record updates enqueued"}"""),
        new("bulkFetchRecords", c => c.Tables.BulkFetchRecordsAsync("t_1", new BulkFetchRecordsRequest { RecordIds = ["r_1", "r_2"] }), "POST", "/v3/tables/t_1/bulk-fetch-records", """{"recordIds":["r_1","r_2"]}""", """{"results":[]}"""),
        new("exportTable", c => c.Exports.ExportTableAsync("t_1", new ExportRequest { Format = "csv" }), "POST", "/v3/tables/t_1/export", """{"format":"csv"}""", """{"id":"ej_1","status":"ACTIVE"}"""),
        new("exportView", c => c.Exports.ExportViewAsync("t_1", "gv_1", new ExportRequest { Format = "csv" }), "POST", "/v3/tables/t_1/views/gv_1/export", """{"format":"csv"}""", """{"id":"ej_1","status":"ACTIVE"}"""),
        new("getExport", c => c.Exports.GetExportAsync("ej_1"), "GET", "/v3/exports/ej_1", null, """{"id":"ej_1","status":"FINISHED"}"""),
        new("createSource", c => c.Sources.CreateSourceAsync(new CreateSourceRequest { WorkspaceId = Ws, TableId = "t_1", Name = "Inbound", Type = "webhook" }), "POST", "/v3/sources", """{"workspaceId":712043,"tableId":"t_1","name":"Inbound","type":"webhook"}""", """{"id":"s_1"}"""),
        new("getSource", c => c.Sources.GetSourceAsync("s_1"), "GET", "/v3/sources/s_1", null, """{"source":{"id":"s_1"}}"""),
        new("updateSource", c => c.Sources.UpdateSourceAsync("s_1", new UpdateSourceRequest { Name = "Renamed" }), "PATCH", "/v3/sources/s_1", """{"name":"Renamed"}""", """{"id":"s_1"}"""),
        new("sendToWebhook", c => c.Sources.SendToWebhookAsync("0000-aaaa", new WebhookRow { AdditionalProperties = { ["name"] = "Acme" } }), "POST", "/v3/sources/webhook/pull-in-data-from-a-webhook-0000-aaaa", """{"name":"Acme"}"""),
    ];
}
