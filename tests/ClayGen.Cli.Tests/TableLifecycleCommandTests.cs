namespace ClayGen.Cli.Tests;

public sealed class TableLifecycleCommandTests
{
    [Fact]
    public async Task TablesCreatePrintsTheIdAndDefaultViewAndListShowsIt()
    {
        await using var cli = await CliHarness.StartAsync();

        var human = await cli.RunAsync("tables", "create", "Inbound leads");
        var json = await cli.RunAsync("tables", "create", "Outbound leads", "--json");
        var list = await cli.RunAsync("tables", "list", "--json");

        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Matches(@"Created table t_\w+ ""Inbound leads"" in workbook wb_\w+; default view gv_\w+\.", human.Output);
        var tableId = json.Json["id"]!.GetValue<string>();
        Assert.StartsWith("gv_", json.Json["defaultViewId"]!.GetValue<string>(), StringComparison.Ordinal);
        var names = list.Json.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Inbound leads", names);
        Assert.Contains(list.Json.AsArray(), t => t!["id"]!.GetValue<string>() == tableId);
    }

    [Fact]
    public async Task TablesCreateInAWorkbookIsListedUnderThatWorkbook()
    {
        await using var cli = await CliHarness.StartAsync();
        var workbook = (await cli.RunAsync("workbooks", "create", "Leads", "--json")).Json["id"]!.GetValue<string>();

        var created = await cli.RunAsync("tables", "create", "Q3", "--workbook", workbook, "--json");
        var list = await cli.RunAsync("tables", "list", "--workbook", workbook, "--json");

        Assert.Equal(workbook, created.Json["workbookId"]!.GetValue<string>());
        Assert.Equal([created.Json["id"]!.GetValue<string>()], list.Json.AsArray().Select(t => t!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TablesDeleteWithoutYesFailsWhenNoOneIsAtATerminalAndKeepsTheTable()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = cli.Sandbox.TableId;

        var result = await cli.RunAsync("tables", "delete", tableId);
        var after = await cli.RunAsync("tables", "get", tableId, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pass --yes", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task TablesDeleteWithYesDeletesTheTable()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = cli.Sandbox.TableId;

        var result = await cli.RunAsync("tables", "delete", tableId, "--yes", "--json");
        var list = await cli.RunAsync("tables", "list", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(tableId, result.Json["deleted"]!.GetValue<string>());
        Assert.DoesNotContain(list.Json.AsArray(), t => t!["id"]!.GetValue<string>() == tableId);
    }

    [Theory]
    [InlineData("y\n", true)]
    [InlineData("n\n", false)]
    public async Task TablesDeleteAsksAPersonAtATerminal(string answer, bool deleted)
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Interactive = true;
        var tableId = cli.Sandbox.TableId;

        var result = await cli.RunAsync(["tables", "delete", tableId], CancellationToken.None, answer);

        Assert.Contains($"Delete table {tableId}", result.Error, StringComparison.Ordinal);
        Assert.Equal(deleted ? 0 : 2, result.ExitCode);
        Assert.Equal(deleted, cli.Sandbox.Requests.Any(r => r.Method == "DELETE" && r.Path.EndsWith(tableId, StringComparison.Ordinal)));
    }
}
