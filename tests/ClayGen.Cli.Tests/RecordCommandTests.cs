using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests;

public sealed class RecordCommandTests
{
    [Fact]
    public async Task RecordsAddSendsTextAndJsonTypedCells()
    {
        await using var cli = await CliHarness.StartAsync();
        var fields = cli.Sandbox.FieldIds;

        var result = await cli.RunAsync("records", "add", cli.Sandbox.TableId, "--cell", $"{fields[0]}=Acme", "--cell", $"{fields[2]}:=250", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("r_", result.Json.AsArray().Single()!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        var body = JsonNode.Parse(cli.Sandbox.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/records", StringComparison.Ordinal)).Body!)!;
        var cells = body["records"]![0]!["cells"]!;
        Assert.Equal("Acme", cells[fields[0]]!.GetValue<string>());
        Assert.Equal(250, cells[fields[2]]!.GetValue<int>());
        Assert.Equal(1, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Fact]
    public async Task RecordsIdsPrintsOneIdPerLineWithoutThePlaceholder()
    {
        await using var cli = await CliHarness.StartAsync();
        var added = await AddAsync(cli, "Acme", "Globex");

        var human = await cli.RunAsync("records", "ids", cli.Sandbox.TableId, "--view", cli.Sandbox.ViewId);
        var json = await cli.RunAsync("records", "ids", cli.Sandbox.TableId, "--json");

        Assert.Equal(0, human.ExitCode);
        Assert.Equal(added, human.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(2, json.Json["count"]!.GetValue<int>());
        Assert.Equal(cli.Sandbox.ViewId, json.Json["viewId"]!.GetValue<string>());
    }

    [Fact]
    public async Task RecordsUpdateChangesACell()
    {
        await using var cli = await CliHarness.StartAsync();
        var id = (await AddAsync(cli, "Acme"))[0];

        var result = await cli.RunAsync("records", "update", cli.Sandbox.TableId, id, "--cell", $"{cli.Sandbox.FieldIds[0]}=Acme Corp");

        Assert.Equal(0, result.ExitCode);
        var record = (await SandboxRecords.ReadAllAsync(cli.Sandbox, cli.Sandbox.TableId, cli.Sandbox.ViewId)).Single();
        Assert.Equal("Acme Corp", SandboxRecords.Cell(record, cli.Sandbox.FieldIds[0]));
    }

    [Fact]
    public async Task RecordsDeleteRemovesTheGivenRows()
    {
        await using var cli = await CliHarness.StartAsync();
        var ids = await AddAsync(cli, "Acme", "Globex", "Initech");

        var result = await cli.RunAsync("records", "delete", cli.Sandbox.TableId, ids[0], ids[1], "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ids[..2], result.Json["deleted"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(1, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Fact]
    public async Task RecordsDeleteAllEmptiesTheViewButKeepsWhatIsAskedFor()
    {
        await using var cli = await CliHarness.StartAsync();
        var ids = await AddAsync(cli, "Acme", "Globex", "Initech");

        var result = await cli.RunAsync("records", "delete", cli.Sandbox.TableId, "--all", "--view", cli.Sandbox.ViewId, "--keep", ids[2]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 left", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Fact]
    public async Task EnrichRunStartsTheTopRowsOfTheView()
    {
        await using var cli = await CliHarness.StartAsync();
        await AddAsync(cli, "Acme", "Globex", "Initech");

        var result = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--view", cli.Sandbox.ViewId, "--top", "2", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Json["recordCount"]!.GetValue<int>());
        var body = cli.Sandbox.Requests.Single(r => r.Method == "PATCH").Body!;
        Assert.Contains("\"numRecords\":2", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrichRunWithoutAChoiceOfRowsSpendsNothing()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--top", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Method == "PATCH");
    }

    private static async Task<string[]> AddAsync(CliHarness cli, params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            var result = await cli.RunAsync("records", "add", cli.Sandbox.TableId, "--cell", $"{cli.Sandbox.FieldIds[0]}={name}", "--json");
            Assert.Equal(0, result.ExitCode);
            ids.Add(result.Json[0]!["id"]!.GetValue<string>());
        }

        return [.. ids];
    }
}
