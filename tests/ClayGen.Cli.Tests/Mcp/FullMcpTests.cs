using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests.Mcp;

/// <summary><c>clay mcp --allow-writes --allow-runs</c>: every tool, each called once through the whole workflow.</summary>
public sealed class FullMcpTests(FullMcpServer fixture) : IClassFixture<FullMcpServer>
{
    private McpServerProcess Server => fixture.Server;

    [Fact]
    public async Task With_both_flags_every_tool_is_listed_with_annotations_that_say_what_it_does()
    {
        var tools = (await Server.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool.Annotations, StringComparer.Ordinal);

        Assert.Equal(McpToolNames.Reads.Concat(McpToolNames.Writes).Concat(McpToolNames.Runs).Order(), tools.Keys.Order());
        Assert.All(McpToolNames.Reads, name => Assert.True(tools[name]?.ReadOnlyHint, name));
        Assert.All(McpToolNames.Writes.Concat(McpToolNames.Runs), name => Assert.NotEqual(true, tools[name]?.ReadOnlyHint));
        Assert.All(["delete_table", "delete_field", "delete_records", "update_record", "update_field", "rename_table"], name => Assert.True(tools[name]?.DestructiveHint, name));
        Assert.All(["create_table", "add_records", "add_field", "run_enrichment"], name => Assert.False(tools[name]?.IdempotentHint, name));
    }

    [Fact]
    public async Task The_whole_workflow_runs_through_the_write_and_run_tools()
    {
        var called = new HashSet<string>(StringComparer.Ordinal);
        async Task<JsonNode> Call(string tool, object arguments)
        {
            called.Add(tool);
            return await Server.CallJsonAsync(tool, arguments);
        }

        var tableId = (await Call("create_table", new { name = "Leads" }))["id"]!.GetValue<string>();
        var domain = (await Call("add_field", new { tableId, name = "Domain" }))["id"]!.GetValue<string>();
        var employees = (await Call("add_field", new { tableId, name = "Employees", type = "number" }))["id"]!.GetValue<string>();
        var added = await Call("add_records", new
        {
            tableId,
            records = new object[] { new Dictionary<string, object> { [domain] = "acme.com", [employees] = 120 }, new Dictionary<string, object> { [domain] = "globex.com" } },
        });
        var ids = added["recordIds"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        await Call("update_record", new { tableId, recordId = ids[1], cells = new Dictionary<string, object> { [employees] = 7 } });
        var enrichment = (await Call("add_enrichment_field", new
        {
            tableId,
            name = "Company",
            actionKey = InstantSandbox.EnrichAction,
            actionPackageId = InstantSandbox.ClearbitPackageId,
            inputs = new Dictionary<string, string> { ["domain"] = domain },
        }))["id"]!.GetValue<string>();
        var run = await Call("run_enrichment", new { tableId, fieldIds = new[] { enrichment }, recordIds = ids });
        await Call("rename_table", new { tableId, name = "Enriched leads" });
        await Call("update_field", new { tableId, fieldId = employees, name = "Headcount" });
        var source = await Call("create_source", new { tableId, name = "Inbound", type = "webhook" });
        await Call("delete_records", new { tableId, recordIds = new[] { ids[0] } });
        await Call("delete_field", new { tableId, fieldId = employees });

        using var clay = Server.CreateClayClient();
        var table = (await clay.Tables.GetTableAsync(tableId)).Table!;
        var left = await clay.Tables.GetRecordAsync(tableId, ids[1]);
        var rows = await clay.Tables.GetRecordIdsAsync(tableId, table.DefaultViewId);
        await Call("delete_table", new { tableId });

        Assert.Equal(McpToolNames.Writes.Concat(McpToolNames.Runs).Order(), called.Order());
        Assert.Equal(2, run["started"]!["recordCount"]!.GetValue<int>());
        Assert.Equal(2, run["wait"]!["cells"]!.GetValue<int>());
        Assert.True(run["wait"]!["allSucceeded"]!.GetValue<bool>());
        Assert.Equal("Enriched leads", table.Name);
        Assert.DoesNotContain(table.Fields!, f => f.Id == employees);
        Assert.Contains(table.Fields!, f => f.Id == enrichment && f.Name == "Company");
        Assert.Equal("webhook", source["type"]!.GetValue<string>());
        Assert.Equal("globex.com", left.GetCell(domain).AsText());
        Assert.Equal(new[] { ids[1] }, rows);
        await Assert.ThrowsAsync<ClayNotFoundException>(() => clay.Tables.GetTableAsync(tableId));
    }
}
