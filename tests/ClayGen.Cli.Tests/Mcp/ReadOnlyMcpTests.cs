using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests.Mcp;

/// <summary><c>clay mcp</c> without flags, driven over stdio by the SDK's client: read-only tools, paged results, tool errors.</summary>
public sealed class ReadOnlyMcpTests(ReadOnlyMcpServer fixture) : IClassFixture<ReadOnlyMcpServer>
{
    private McpServerProcess Server => fixture.Server;

    [Fact]
    public async Task Without_flags_only_the_read_only_tools_are_listed()
    {
        var tools = await Server.ListToolsAsync();

        Assert.Equal(McpToolNames.Reads.Order(), tools.Select(t => t.Name).Order());
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, t.Name));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), t.Name));
        Assert.Contains(Server.ErrorLines, l => l.Contains("serving 12 tools", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_is_refused_without_allow_writes_and_nothing_is_sent()
    {
        var sent = Server.Sandbox.Requests.Count;

        var (result, text) = await Server.CallAsync("delete_table", new { tableId = Server.Sandbox.TableId });

        Assert.True(result.IsError);
        Assert.Contains("--allow-writes", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Sandbox.Requests.Skip(sent), r => r.Method == "DELETE");
        using var clay = Server.CreateClayClient();
        Assert.Equal(Server.Sandbox.TableId, (await clay.Tables.GetTableAsync(Server.Sandbox.TableId)).Table?.Id);
    }

    [Fact]
    public async Task A_run_is_refused_without_the_flags_that_allow_it()
    {
        var (result, text) = await Server.CallAsync("run_enrichment", new { tableId = Server.Sandbox.TableId, fieldIds = new[] { Server.Sandbox.FieldIds[3] }, wholeView = true });

        Assert.True(result.IsError);
        Assert.Contains("spends Clay credits", text, StringComparison.Ordinal);
        Assert.Contains("--allow-runs", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Sandbox.Requests, r => r.Path.EndsWith("/run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_table_is_a_tool_error_with_clays_typed_message()
    {
        var (result, text) = await Server.CallAsync("get_table", new { tableId = "t_doesnotexist" });

        Assert.True(result.IsError);
        Assert.Contains("getTable (GET /v3/tables/t_doesnotexist) failed with 404", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_argument_is_a_tool_error_naming_it_and_nothing_is_sent()
    {
        var sent = Server.Sandbox.Requests.Count;

        var (tooMany, tooManyText) = await Server.CallAsync("read_records", new { tableId = Server.Sandbox.TableId, limit = 1_000 });
        var (notATable, notATableText) = await Server.CallAsync("get_table", new { tableId = "Companies" });
        var (missing, missingText) = await Server.CallAsync("get_record", new { tableId = Server.Sandbox.TableId });

        Assert.True(tooMany.IsError);
        Assert.Equal("limit: must be between 1 and 200.", tooManyText);
        Assert.True(notATable.IsError);
        Assert.Contains("tableId: 'Companies' is not an id of the right kind: expected t_...", notATableText, StringComparison.Ordinal);
        Assert.True(missing.IsError);
        Assert.Contains("recordId", missingText, StringComparison.Ordinal);
        Assert.Equal(sent, Server.Sandbox.Requests.Count);
    }

    [Fact]
    public async Task A_large_table_is_read_a_page_at_a_time_with_a_continuation_that_reaches_the_end()
    {
        var (tableId, fieldId, ids) = await SeedLargeTableAsync(1_000);

        var seen = new List<string>();
        var pages = 0;
        int? offset = 0;
        JsonNode? first = null;
        while (offset is { } next)
        {
            var page = await Server.CallJsonAsync("read_records", new { tableId, offset = next, limit = 200 });
            first ??= page;
            pages++;
            Assert.Equal(1_000, page["total"]!.GetValue<int>());
            seen.AddRange(page["records"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
            offset = page["nextOffset"]?.GetValue<int?>();
        }

        Assert.Equal(5, pages);
        Assert.Equal(ids, seen);
        Assert.Equal(200, first!["nextOffset"]!.GetValue<int>());
        Assert.Contains("call read_records again with offset=200", first["continuation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"Row 1", first["records"]![0]!["cells"]![fieldId]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_uses_a_default_size_and_cuts_long_values_with_a_note()
    {
        var (tableId, fieldId, ids) = await SeedLargeTableAsync(60, longValueAt: 3);

        var page = await Server.CallJsonAsync("read_records", new { tableId });
        var record = await Server.CallJsonAsync("get_record", new { tableId, recordId = ids[3] });

        Assert.Equal(50, page["count"]!.GetValue<int>());
        Assert.Equal(50, page["nextOffset"]!.GetValue<int>());
        var cut = page["records"]![3]!["cells"]![fieldId]!.GetValue<string>();
        Assert.StartsWith(new string('x', 300) + "... [truncated: 2,000 characters in all]", cut, StringComparison.Ordinal);
        Assert.Contains("1 long value(s) were cut", page["note"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new string('x', 2_000), record["cells"]![fieldId]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_read_only_tool_answers()
    {
        var table = Server.Sandbox.TableId;
        using var clay = Server.CreateClayClient();
        var added = await clay.Tables.AddRecordsAsync(table, [new Dictionary<string, object?> { [Server.Sandbox.FieldIds[0]] = "Acme", [Server.Sandbox.FieldIds[1]] = "acme.com" }]);
        var recordId = added.Records![0].Id;
        var answers = new Dictionary<string, JsonNode>(StringComparer.Ordinal)
        {
            ["list_workspaces"] = await Server.CallJsonAsync("list_workspaces"),
            ["list_resources"] = await Server.CallJsonAsync("list_resources", new { types = new[] { "table" }, everywhere = true }),
            ["list_tables"] = await Server.CallJsonAsync("list_tables"),
            ["get_table"] = await Server.CallJsonAsync("get_table", new { tableId = table }),
            ["list_record_ids"] = await Server.CallJsonAsync("list_record_ids", new { tableId = table }),
            ["read_records"] = await Server.CallJsonAsync("read_records", new { tableId = table, limit = 5 }),
            ["get_record"] = await Server.CallJsonAsync("get_record", new { tableId = table, recordId }),
            ["wait_for_enrichment"] = await Server.CallJsonAsync("wait_for_enrichment", new { tableId = table, fieldIds = new[] { Server.Sandbox.FieldIds[3] }, recordIds = new[] { recordId } }),
            ["export_table"] = await Server.CallJsonAsync("export_table", new { tableId = table, excerptRows = 5 }),
            ["list_sources"] = await Server.CallJsonAsync("list_sources"),
            ["credit_report"] = await Server.CallJsonAsync("credit_report", new { from = "90d" }),
        };
        var sourceId = answers["list_sources"]["sources"]![0]!["id"]!.GetValue<string>();
        answers["get_source"] = await Server.CallJsonAsync("get_source", new { sourceId });

        Assert.Equal(McpToolNames.Reads.Order(), answers.Keys.Order());
        Assert.Equal(Server.Sandbox.WorkspaceId, answers["list_workspaces"]["workspaces"]![0]!["id"]!.GetValue<long>());
        Assert.Contains(answers["list_resources"]["resources"]!.AsArray(), r => r!["id"]!.GetValue<string>() == table);
        Assert.Contains(answers["list_tables"]["tables"]!.AsArray(), t => t!["id"]!.GetValue<string>() == table);
        Assert.Equal(Server.Sandbox.ViewId, answers["get_table"]["defaultViewId"]!.GetValue<string>());
        Assert.Contains(answers["get_table"]["fields"]!.AsArray(), f => f!["id"]!.GetValue<string>() == Server.Sandbox.FieldIds[0]);
        Assert.Contains(answers["list_record_ids"]["recordIds"]!.AsArray(), id => id!.GetValue<string>() == recordId);
        Assert.Contains(answers["read_records"]["records"]!.AsArray(), r => r!["id"]!.GetValue<string>() == recordId);
        Assert.Equal("Acme", answers["get_record"]["cells"]![Server.Sandbox.FieldIds[0]]!["value"]!.GetValue<string>());
        Assert.True(answers["wait_for_enrichment"]["wait"]!["complete"]!.GetValue<bool>());
        Assert.Contains("acme.com", answers["export_table"]["csvExcerpt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("http", answers["export_table"]["downloadUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(sourceId, answers["get_source"]["id"]!.GetValue<string>());
        Assert.NotNull(answers["credit_report"]["totalCredits"]);
    }

    private async Task<(string TableId, string FieldId, List<string> Ids)> SeedLargeTableAsync(int rows, int longValueAt = -1)
    {
        using var clay = Server.CreateClayClient();
        var table = await clay.Tables.CreateTableAsync(Server.Sandbox.WorkspaceId, $"Large {Guid.NewGuid():N}");
        var request = FieldDefinitions.Plain("Name");
        request.ActiveViewId = table.DefaultViewId;
        var fieldId = (await clay.Fields.CreateFieldAsync(table.Id, request)).Field!.Id;
        var ids = new List<string>();
        foreach (var chunk in Enumerable.Range(1, rows).Chunk(100))
        {
            var added = await clay.Tables.AddRecordsAsync(table.Id, chunk.Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                [fieldId] = i - 1 == longValueAt ? new string('x', 2_000) : $"Row {i}",
            }));
            ids.AddRange(added.Records!.Select(r => r.Id));
        }

        return (table.Id, fieldId, ids);
    }
}
