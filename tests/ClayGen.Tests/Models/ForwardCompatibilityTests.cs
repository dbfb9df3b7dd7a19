using ClayGen.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ClayGen.Tests.Models;

public sealed class ForwardCompatibilityTests
{
    [Fact]
    public async Task Unknown_fields_and_an_unknown_resource_type_deserialise_and_stay_readable()
    {
        const string body = """
            {"resources":[{"id":"db_1","name":"Pipeline","resourceType":"DASHBOARD","color":"teal","parentFolderId":null}],
             "nextCursor":"abc"}
            """;
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(body)));

        var list = await clay.Resources.ListResourcesAsync(712043, ResourceFilter.All());

        var resource = Assert.Single(list.Resources!);
        Assert.Equal("DASHBOARD", resource.ResourceType);
        Assert.Equal("teal", resource.AdditionalProperties["color"]);
        Assert.Equal("abc", list.AdditionalProperties["nextCursor"]);
    }

    [Fact]
    public async Task A_response_missing_fields_the_spec_requires_still_deserialises()
    {
        // The spec marks ids, names and result lists `required` (the contract checks hold recordings to
        // it); the models stay lenient so one absent field never costs the caller the whole response.
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json("""{"results":[{"name":null},{"id":7}]}""")));

        var workspaces = (await clay.Workspaces.ListWorkspacesAsync()).Results.ToList();

        Assert.Equal(0, workspaces[0].Id);
        Assert.Null(workspaces[0].Name);
        Assert.Equal(7, workspaces[1].Id);
    }

    [Theory]
    [InlineData("SUCCESS_NO_DATA")]
    [InlineData("ERROR_TOO_MANY_RUNS")]
    [InlineData("SOMETHING_NEW")]
    public async Task Every_cell_status_known_or_not_is_read_as_its_raw_string(string status)
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(
            "{\"records\":[{\"id\":\"r_1\",\"cells\":{\"f_a\":{\"value\":null,\"metadata\":{\"status\":\"" + status + "\"}}}}]}")));

        var records = await clay.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f_a"] = "x" }]);

        Assert.Equal(status, Assert.Single(records.Records).Cells!["f_a"].Metadata!.Status);
    }

    [Fact]
    public async Task An_unknown_cell_status_and_credit_kind_keep_their_raw_strings()
    {
        using var clay = TestClients.Create(new RecordingHandler(request => RecordingHandler.Json(
            request.RequestUri!.AbsolutePath.EndsWith("/records", StringComparison.Ordinal)
                ? """{"records":[{"id":"r_1","cells":{"f_a":{"value":{"nested":[1,2]},"metadata":{"status":"THROTTLED","costCents":3}}}}]}"""
                : """{"entities":[{"id":"x_1","entity":{"name":"Bot","__kind":"agent"},"credits":1.5,"subentities":[]}],"unattributedCredits":0.25}""")));

        var records = await clay.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f_a"] = "x" }]);
        var report = await clay.Credits.GetWorkspaceCreditReportAsync(712043, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow);

        var cell = Assert.Single(records.Records!).Cells!["f_a"];
        Assert.Equal("THROTTLED", cell.Metadata!.Status);
        Assert.Equal(3L, cell.Metadata.AdditionalProperties["costCents"]);
        Assert.Equal(new JArray(1, 2), ((JObject)cell.Value!)["nested"]);
        Assert.Equal("agent", Assert.Single(report.Entities!).Entity!.Kind);
        Assert.Equal(0.25, report.UnattributedCredits);
    }

    [Theory]
    [InlineData("""{"tableTotalRecordsCount":1523}""", 1523)]
    [InlineData("""{"count":77}""", 77)]
    public async Task Both_row_count_shapes_are_accepted(string body, long expected)
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(body)));

        var count = await clay.Tables.CountRowsAsync("t_1");

        Assert.Equal(expected, count.Total);
    }

    [Theory]
    [InlineData("""{"table":{"id":"t_1","firstViewId":"gv_1","views":[{"id":"gv_1"},{"id":"gv_2"}]},"permissions":{}}""")]
    [InlineData("""{"id":"t_1","firstViewId":"gv_1","views":[{"id":"gv_1"},{"id":"gv_2"}]}""")]
    public async Task A_table_reads_the_same_wrapped_or_bare(string body)
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(body)));

        var table = (await clay.Tables.GetTableAsync("t_1")).Table!;

        Assert.Equal("t_1", table.Id);
        Assert.Equal("gv_1", table.FirstViewId);
        Assert.Equal(["gv_1", "gv_2"], table.Views!.Select(v => v!.Id));
    }

    [Fact]
    public async Task Record_ids_skip_the_search_placeholder()
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json("""{"results":["search","r_1","r_2"]}""")));

        Assert.Equal(["r_1", "r_2"], await clay.Tables.GetRecordIdsAsync("t_1", "gv_1"));
        var streamed = new List<string>();
        await foreach (var id in clay.Tables.StreamRecordIdsAsync("t_1", "gv_1"))
        {
            streamed.Add(id);
        }

        Assert.Equal(["r_1", "r_2"], streamed);
    }

    [Fact]
    public async Task App_accounts_come_as_a_bare_array()
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(
            """[{"id":"aa_1","appAccountTypeId":"elevenlabs","userOwnerId":null,"workspaceOwnerId":4515,"abilities":{"canAccess":true}},{"id":"aa_2","appAccountTypeId":"brand-new"}]""")));

        var accounts = await clay.Integrations.ListAppAccountsAsync(712043);

        Assert.Equal(["elevenlabs", "brand-new"], accounts.Select(a => a.AppAccountTypeId));
        Assert.Null(accounts.First().UserOwnerId);
        Assert.True(accounts.First().Abilities!.CanAccess);
    }

    [Theory]
    [InlineData(System.Net.HttpStatusCode.Created)]
    [InlineData(System.Net.HttpStatusCode.Accepted)]
    public async Task Another_2xx_than_the_spec_declares_is_still_a_success(System.Net.HttpStatusCode status)
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json("""{"id":"f_new","name":"Q3"}""", status)));

        var folder = await clay.Folders.CreateFolderAsync(712043, "Q3");

        Assert.Equal("f_new", folder.Id);
    }

    [Theory]
    [InlineData(System.Net.HttpStatusCode.NoContent)]
    [InlineData(System.Net.HttpStatusCode.OK)]
    public async Task A_delete_answered_with_no_body_is_a_success(System.Net.HttpStatusCode status)
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => new System.Net.Http.HttpResponseMessage(status)));

        var result = await clay.Tables.DeleteRecordsAsync("t_1", ["r_1"]);

        Assert.Empty(result.AdditionalProperties);
    }
}
