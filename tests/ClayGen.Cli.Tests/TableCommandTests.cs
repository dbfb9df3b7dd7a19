namespace ClayGen.Cli.Tests;

public sealed class TableCommandTests
{
    [Fact]
    public async Task TablesGetShowsFieldsAndViews()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = cli.Sandbox.TableId;

        var human = await cli.RunAsync("tables", "get", tableId);
        var json = await cli.RunAsync("tables", "get", tableId, "--json");

        Assert.Equal(0, human.ExitCode);
        Assert.Contains("Enrich Company", human.Output, StringComparison.Ordinal);
        Assert.Contains(cli.Sandbox.ViewId, human.Output, StringComparison.Ordinal);
        Assert.Equal(cli.Sandbox.FieldIds, json.Json["fields"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal(cli.Sandbox.ViewId, json.Json["firstViewId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TablesCountReportsTheRows()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = cli.Sandbox.TableId;
        await cli.RunAsync("records", "add", tableId, "--cell", $"{cli.Sandbox.FieldIds[0]}=Acme");
        await cli.RunAsync("records", "add", tableId, "--cell", $"{cli.Sandbox.FieldIds[0]}=Globex");

        var human = await cli.RunAsync("tables", "count", tableId);
        var json = await cli.RunAsync("tables", "count", tableId, "--json");

        Assert.Equal(0, human.ExitCode);
        Assert.Contains($"{tableId} has 2 rows", human.Output, StringComparison.Ordinal);
        Assert.Equal(2, json.Json["count"]!.GetValue<long>());
    }

    [Fact]
    public async Task TablesRenameRenames()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = cli.Sandbox.TableId;

        var result = await cli.RunAsync("tables", "rename", tableId, "--name", "Target accounts", "--json");
        var after = await cli.RunAsync("tables", "get", tableId, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Target accounts", result.Json["name"]!.GetValue<string>());
        Assert.Equal("Target accounts", after.Json["name"]!.GetValue<string>());
    }
}
