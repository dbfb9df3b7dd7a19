using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Validation;

public sealed class ArgumentValidationTests
{
    private const int Ws = 712043;

    public static TheoryData<string, Func<ClayClient, Task>, string> BadCalls => new()
    {
        { "null table id", c => c.Tables.CountRowsAsync(null!), "tableId" },
        { "empty table id", c => c.Tables.CountRowsAsync(""), "tableId" },
        { "whitespace table id", c => c.Tables.GetTableAsync("   "), "tableId" },
        { "slash in table id", c => c.Tables.CountRowsAsync("t_1/../../admin"), "tableId" },
        { "question mark in view id", c => c.Tables.ListRecordIdsAsync("t_1", "gv_1?x=1"), "viewId" },
        { "hash in source id", c => c.Sources.DeleteSourceAsync("s_1#frag"), "sourceId" },
        { "control character in id", c => c.Tables.CountRowsAsync("t_1\r\nX-Evil: 1"), "tableId" },
        { "backslash in id", c => c.Tables.CountRowsAsync("t_1\\x"), "tableId" },
        { "zero workspace id", c => c.Workspaces.ListOwnersAsync(0), "workspaceId" },
        { "negative workspace id", c => c.Integrations.ListAppAccountsAsync(-5), "workspaceId" },
        { "bad query id", c => c.Sources.ListSourcesAsync("t_1/x"), "tableId" },
        { "empty record batch", c => c.Tables.AddRecordsAsync("t_1", Array.Empty<IReadOnlyDictionary<string, object?>>()), "body" },
        { "null record batch body", c => c.Tables.AddRecordsAsync("t_1", (AddRecordsRequest)null!), "body" },
        { "wrapped cell value", c => c.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f_a"] = new Dictionary<string, object?> { ["value"] = "Acme" } }]), "body" },
        { "bad field id in cells", c => c.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f/a"] = 1 }]), "body" },
        { "no record ids to delete", c => c.Tables.DeleteRecordsAsync("t_1", Array.Empty<string>()), "recordIds" },
        { "bad record id to delete", c => c.Tables.DeleteRecordsAsync("t_1", ["r_1", " "]), "recordIds" },
        { "delete all without view", c => c.Tables.DeleteAllRecordsAsync("t_1", ""), "viewId" },
        { "run without fields", c => c.Tables.RunEnrichmentAsync("t_1", Array.Empty<string>(), RunRecords.WholeView("gv_1")), "fieldIds" },
        { "run body without runRecords", c => c.Tables.RunEnrichmentAsync("t_1", new RunEnrichmentRequest { FieldIds = ["f_1"] }), "body" },
        { "run body with two targets", c => c.Tables.RunEnrichmentAsync("t_1", new RunEnrichmentRequest { FieldIds = ["f_1"], RunRecords = new RunRecords { ViewId = "gv_1", RecordIds = ["r_1"] } }), "body" },
        { "blank folder name", c => c.Folders.CreateFolderAsync(Ws, " "), "body" },
        { "blank workbook name", c => c.Workbooks.CreateWorkbookAsync(Ws, ""), "body" },
        { "workbook in workspace 0", c => c.Workbooks.CreateWorkbookAsync(0, "Leads"), "body" },
        { "bad folder id to delete", c => c.Folders.DeleteFolderAsync(Ws, "f_1/2"), "folderId" },
        { "nothing to bulk delete", c => c.Resources.DeleteResourcesAsync(Ws, new DeleteResourcesRequest()), "body" },
        { "blank search", c => c.Resources.SearchResourcesAsync(Ws, " "), "query" },
        { "blank webhook name", c => c.Tables.AddWebhookAsync("t_1", Ws, ""), "name" },
        { "empty table update", c => c.Tables.UpdateTableAsync("t_1", new UpdateTableRequest()), "body" },
        { "end before start", c => c.Credits.GetWorkspaceCreditReportAsync(Ws, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(-1)), "end" },
        { "bad report type", c => c.Credits.GetCreditReportAsync(Ws, CreditReportQuery.Last(TimeSpan.FromDays(1)).OfType("work/space")), "reportType" },
        { "blank login email", c => c.Auth.FetchSessionAsync(" ", "pw"), "email" },
        { "empty login password", c => c.Auth.LoginAsync(new LoginRequest { Email = "a@example.com", Password = "" }), "body" },
        { "blank integration type", c => c.Integrations.GetIntegrationTypeDetailsAsync(Ws, ""), "appAccountTypeId" },
        { "empty record update", c => c.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest()), "body" },
        { "null record in an add batch", c => c.Tables.AddRecordsAsync("t_1", new AddRecordsRequest { Records = [new NewRecord { Cells = new Dictionary<string, object?> { ["f_a"] = 1 } }, null!] }), "body" },
        { "dot-segment id of a new record", c => c.Tables.AddRecordsAsync("t_1", new AddRecordsRequest { Records = [new NewRecord { Id = "..", Cells = new Dictionary<string, object?>() }] }), "body" },
        { "null record in an update", c => c.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest { Records = [null!] }), "body" },
        { "blank record id in an update", c => c.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest { Records = [new RecordUpdate { Id = " ", Cells = new Dictionary<string, object?> { ["f_a"] = 1 } }] }), "body" },
        { "update without cells", c => c.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest { Records = [new RecordUpdate { Id = "r_1", Cells = null! }] }), "body" },
        { "bad source id for a webhook token", c => c.Sources.CreateWebhookAuthTokenAsync("s_1/x", new EmptyRequest()), "sourceId" },
        { "response type without the source id in the body", c => c.Sources.SetWebhookResponseTypeAsync("s_1", new SetWebhookResponseTypeRequest { ResponseType = "JSON" }), "body" },
        { "blank response type", c => c.Sources.SetWebhookResponseTypeAsync("s_1", new SetWebhookResponseTypeRequest { SourceId = "s_1", ResponseType = " " }), "body" },
        { "run status of workspace 0", c => c.Fields.GetFieldRunStatusAsync(0, "t_1"), "workspaceId" },
        { "waterfall in a bad table id", c => c.Fields.CreateWaterfallFieldAsync("t_1/x", Waterfall([WaterfallStep()])), "tableId" },
        { "waterfall without a name", c => c.Fields.CreateWaterfallFieldAsync("t_1", Waterfall([WaterfallStep()], name: " ")), "body" },
        { "waterfall with a blank group name", c => c.Fields.CreateWaterfallFieldAsync("t_1", Waterfall([WaterfallStep()], group: "")), "body" },
        { "waterfall without steps", c => c.Fields.CreateWaterfallFieldAsync("t_1", Waterfall([])), "body" },
        { "waterfall step without an action key", c => c.Fields.CreateWaterfallFieldAsync("t_1", Waterfall([WaterfallStep(key: " ")])), "body" },
        { "waterfall step without a package", c => c.Fields.CreateWaterfallFieldAsync("t_1", Waterfall([WaterfallStep(), WaterfallStep(package: null)])), "body" },
        { "api keys of user 0", c => c.Auth.ListApiKeysAsync("user", 0), "resourceId" },
        { "view filter without items", c => c.Tables.UpdateViewFilterAsync("t_1", "gv_1", new ViewFilter { CombinationMode = "AND", Items = null! }), "body" },
        { "view filter item without a field", c => c.Tables.UpdateViewFilterAsync("t_1", "gv_1", new ViewFilter { CombinationMode = "AND", Items = [new ViewFilterItem { Type = "EMPTY" }] }), "body" },
    };

    private static CreateWaterfallFieldRequest Waterfall(WaterfallConfig[] steps, string name = "Email", string? group = null) =>
        new() { WaterfallFieldName = name, WaterfallGroupName = group, WaterfallConfigs = [.. steps] };

    private static WaterfallConfig WaterfallStep(string? key = "find-email", string? package = "p_1") =>
        new() { Type = "actionConfig", ActionKey = key!, ActionPackageId = package!, AttributePath = "email" };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task Bad_input_is_rejected_naming_the_parameter_and_nothing_is_sent(string name, Func<ClayClient, Task> call, string parameter)
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(clay));

        Assert.True(parameter == error.ParamName, $"{name}: expected parameter '{parameter}', got '{error.ParamName}' ({error.Message})");
        Assert.Empty(network.Requests);
    }

    [Fact]
    public async Task A_bad_record_in_a_batch_is_named_by_its_index()
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network);
        var cells = new Dictionary<string, object?> { ["f_a"] = 1 };

        var nullAdd = await Assert.ThrowsAsync<ArgumentException>(() => clay.Tables.AddRecordsAsync("t_1", new AddRecordsRequest { Records = [new NewRecord { Cells = cells }, null!] }));
        var badId = await Assert.ThrowsAsync<ArgumentException>(() => clay.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest { Records = [new RecordUpdate { Id = "r_1", Cells = cells }, new RecordUpdate { Id = "r/2", Cells = cells }] }));

        Assert.StartsWith("body.Records[1] is null.", nullAdd.Message, StringComparison.Ordinal);
        Assert.StartsWith("body.Records[1].Id holds an invalid id", badId.Message, StringComparison.Ordinal);
        Assert.Empty(network.Requests);
    }

    [Fact]
    public void Filter_helpers_reject_bad_input_before_any_call()
    {
        Assert.Throws<ArgumentException>("ownerIds", () => ResourceFilter.Workbooks().OwnedBy());
        Assert.Throws<ArgumentOutOfRangeException>("ownerIds", () => ResourceFilter.All().OwnedBy(0));
        Assert.Throws<ArgumentException>("folderId", () => ResourceFilter.All().InFolder("f/1"));
        Assert.Throws<ArgumentException>("integrationIds", () => CreditReportQuery.Last(TimeSpan.FromHours(1)).ForIntegrations());
        Assert.Throws<ArgumentOutOfRangeException>("count", () => RunRecords.TopOfView("gv_1", 0));
        Assert.Throws<ArgumentException>("cookie", () => ClaySession.FromCookie("a b"));
    }

    [Fact]
    public void Options_are_checked_when_the_client_is_built()
    {
        Assert.Throws<ArgumentException>("options", () => new ClayClient(new ClayClientOptions { BaseAddress = new Uri("https://api.clay.com/v3") }));
        Assert.Throws<ArgumentException>("options", () => new ClayClient(new ClayClientOptions { Email = "a@example.com" }));
        Assert.Throws<ArgumentOutOfRangeException>("options", () => new ClayClient(new ClayClientOptions { MaxRetries = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>("options", () => new ClayClient(new ClayClientOptions { AttemptTimeout = TimeSpan.Zero }));
    }
}
