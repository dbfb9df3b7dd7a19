using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests;

public sealed class RecordReadCommandTests
{
    [Fact]
    public async Task RecordsListPrintsEachRowsCellsUnderTheFieldNames()
    {
        await using var cli = await InstantSandbox.StartAsync();
        await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"));

        var result = await cli.RunAsync("records", "list", cli.Sandbox.TableId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Company Name", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"r_\w+\s+│ Acme\s+│ acme\.com", result.Output);
        Assert.Matches(@"r_\w+\s+│ Globex\s+│ globex\.com", result.Output);
    }

    [Fact]
    public async Task RecordsListJsonWritesOneRecordPerLineUpToTheLimit()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"), ("Initech", "initech.io"));

        var all = await cli.RunAsync("records", "list", cli.Sandbox.TableId, "--json");
        var two = await cli.RunAsync("records", "list", cli.Sandbox.TableId, "--json", "--limit", "2");

        var lines = all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(ids, lines.Select(l => l["id"]!.GetValue<string>()));
        Assert.Equal("Acme", lines[0]["cells"]![cli.Sandbox.FieldIds[0]]!["value"]!.GetValue<string>());
        Assert.Equal(ids[..2], two.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RecordsGetShowsEachCellWithItsStatusAndFullValue()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var id = (await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com")))[0];
        Assert.Equal(0, (await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--records", id, "--wait")).ExitCode);

        var human = await cli.RunAsync("records", "get", cli.Sandbox.TableId, id);
        var json = await cli.RunAsync("records", "get", cli.Sandbox.TableId, id, "--json");

        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Matches(@"Enrich Company\s+│ SUCCESS\s+│ contact@acme\.com\s+│ \{""email"":""contact@acme\.com""", human.Output);
        Assert.Equal(id, json.Json["id"]!.GetValue<string>());
        Assert.Equal("contact@acme.com", json.Json["cells"]![cli.Sandbox.FieldIds[3]]!["externalContent"]!["fullValue"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownRecordIsAClearErrorWithExitCodeOne()
    {
        await using var cli = await InstantSandbox.StartAsync();

        var result = await cli.RunAsync("records", "get", cli.Sandbox.TableId, "r_nope");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Record r_nope was not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordsUpdateSetChangesTheCells()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var id = (await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com")))[0];

        var result = await cli.RunAsync("records", "update", cli.Sandbox.TableId, id, "--set", $"{cli.Sandbox.FieldIds[0]}=Acme Corp", "--set", $"{cli.Sandbox.FieldIds[2]}:=250", "--json");
        var after = await cli.RunAsync("records", "get", cli.Sandbox.TableId, id, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.Json["queued"]!.GetValue<bool>());
        Assert.Equal("Acme Corp", after.Json["cells"]![cli.Sandbox.FieldIds[0]]!["value"]!.GetValue<string>());
        Assert.Equal(250, after.Json["cells"]![cli.Sandbox.FieldIds[2]]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task RecordsUpdateOfAnUnknownRecordFailsWithExitCodeOne()
    {
        await using var cli = await InstantSandbox.StartAsync();

        var result = await cli.RunAsync("records", "update", cli.Sandbox.TableId, "r_nope", "--set", $"{cli.Sandbox.FieldIds[0]}=Acme");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Record r_nope was not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordsExportCsvWritesClaysExportWithTheEnrichedColumn()
    {
        await using var cli = await InstantSandbox.StartAsync();
        await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"));
        Assert.Equal(0, (await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--whole-view", "--wait")).ExitCode);
        var path = Path.Combine(cli.Directory, "companies.csv");

        var result = await cli.RunAsync("records", "export", cli.Sandbox.TableId, "--format", "csv", "--out", path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("csv", result.Json["format"]!.GetValue<string>());
        var lines = File.ReadAllLines(path);
        Assert.Equal("Company Name,Domain,Employees,Enrich Company", lines[0]);
        Assert.Equal(["Acme,acme.com,,contact@acme.com", "Globex,globex.com,,contact@globex.com"], lines[1..]);
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public async Task RecordsExportJsonlStreamsOneRecordPerLine()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"));
        var path = Path.Combine(cli.Directory, "companies.jsonl");

        var result = await cli.RunAsync("records", "export", cli.Sandbox.TableId, "--out", path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("jsonl", result.Json["format"]!.GetValue<string>());
        Assert.Equal(2, result.Json["records"]!.GetValue<long>());
        var lines = File.ReadAllLines(path).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(ids, lines.Select(l => l["id"]!.GetValue<string>()));
        Assert.Equal("globex.com", lines[1]["cells"]![cli.Sandbox.FieldIds[1]]!["value"]!.GetValue<string>());
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Path.EndsWith("/export", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordsExportRefusesAnUnknownFormat()
    {
        await using var cli = await InstantSandbox.StartAsync();

        var result = await cli.RunAsync("records", "export", cli.Sandbox.TableId, "--format", "xlsx", "--out", Path.Combine(cli.Directory, "x.xlsx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("use csv or jsonl", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
