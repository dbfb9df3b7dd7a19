namespace ClayGen.Cli.Tests.Mcp;

/// <summary><c>clay mcp --allow-writes</c>: writes are served, credit-spending tools still are not.</summary>
public sealed class WritableMcpTests(WritableMcpServer fixture) : IClassFixture<WritableMcpServer>
{
    private McpServerProcess Server => fixture.Server;

    [Fact]
    public async Task With_allow_writes_the_write_tools_are_listed_but_not_those_that_spend_credits()
    {
        var tools = await Server.ListToolsAsync();

        Assert.Equal(McpToolNames.Reads.Concat(McpToolNames.Writes).Order(), tools.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task A_run_is_refused_without_allow_runs_and_nothing_is_sent()
    {
        var (run, runText) = await Server.CallAsync("run_enrichment", new { tableId = Server.Sandbox.TableId, fieldIds = new[] { Server.Sandbox.FieldIds[3] }, wholeView = true });
        var (column, columnText) = await Server.CallAsync("add_enrichment_field", new
        {
            tableId = Server.Sandbox.TableId,
            name = "Enriched",
            actionKey = InstantSandbox.EnrichAction,
            actionPackageId = InstantSandbox.ClearbitPackageId,
            inputs = new Dictionary<string, string> { ["domain"] = Server.Sandbox.FieldIds[1] },
        });

        Assert.True(run.IsError);
        Assert.Equal("run_enrichment is not allowed: it spends Clay credits; start `clay mcp` with --allow-writes --allow-runs to allow it.", runText);
        Assert.True(column.IsError);
        Assert.Contains("--allow-runs", columnText, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Sandbox.Requests, r => r.Method == "POST" && (r.Path.EndsWith("/run", StringComparison.Ordinal) || r.Path.EndsWith("/fields", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_write_is_served_with_allow_writes()
    {
        var created = await Server.CallJsonAsync("create_table", new { name = "Made by a write" });

        using var clay = Server.CreateClayClient();
        var table = (await clay.Tables.GetTableAsync(created["id"]!.GetValue<string>())).Table;
        Assert.Equal("Made by a write", table?.Name);
    }
}
