using System.Globalization;
using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests;

public sealed class ApiAndSandboxCommandTests
{
    [Fact]
    public async Task ApiSendsOneRawRequestWithTheSession()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("api", "GET", "/v3/me");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4515, result.Json["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task ApiPostsABodyFromAFile()
    {
        await using var cli = await CliHarness.StartAsync();
        var body = cli.WriteFile("body.json", $$$"""{"records":[{"cells":{"{{{cli.Sandbox.FieldIds[0]}}}":"Acme"}}]}""");

        var result = await cli.RunAsync("api", "POST", $"v3/tables/{cli.Sandbox.TableId}/records", "--body", "@" + body);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Fact]
    public async Task EveryCommandRunsAgainstTheEmbeddedSandboxWithItsIdsAsDefaults()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Clear();

        var owners = await cli.RunAsync("workspaces", "owners", "--sandbox", "--json");
        var count = await cli.RunAsync("tables", "count", "--sandbox", "--json");
        var enrich = await cli.RunAsync("enrich", "run", "--sandbox", "--top", "5", "--json");

        Assert.Equal(0, owners.ExitCode);
        Assert.Equal(2, owners.Json.AsArray().Count);
        Assert.Equal(0, count.ExitCode);
        Assert.StartsWith("t_", count.Json["tableId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, count.Json["count"]!.GetValue<long>());
        // The embedded sandbox's table has no rows yet, so the run reaches it with the default ids and is
        // refused for having nothing to run (not for a missing table or field).
        Assert.Equal(1, enrich.ExitCode);
        Assert.Contains("Nothing to run: runRecords selects no records", enrich.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SandboxServeRunsUntilCancelledAndOtherClientsCanUseIt()
    {
        await using var cli = await CliHarness.StartAsync();
        using var output = new SynchronizedWriter();
        using var stop = new CancellationTokenSource();
        var environment = new ClayCliEnvironment { Out = output, Error = TextWriter.Null, Variables = new Dictionary<string, string?>() };

        var serving = ClayCli.RunAsync(["sandbox", "serve", "--json"], environment, stop.Token);
        var line = await output.FirstLineAsync(serving);
        var info = JsonNode.Parse(line)!;
        cli.Variables["CLAY_BASE_URL"] = info["baseUrl"]!.GetValue<string>();
        cli.Variables["CLAY_SESSION"] = info["session"]!.GetValue<string>();
        cli.Variables["CLAY_WORKSPACE"] = info["workspaceId"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
        var tableId = info["tableId"]!.GetValue<string>();
        var added = await cli.RunAsync("records", "add", tableId, "--cell", info["fieldIds"]![0]!.GetValue<string>() + "=Acme");
        var count = await cli.RunAsync("tables", "count", tableId, "--json");
        await stop.CancelAsync();
        var exit = await serving;

        Assert.NotEqual(cli.Sandbox.BaseAddress.AbsoluteUri, cli.Variables["CLAY_BASE_URL"]);
        Assert.Equal(0, added.ExitCode);
        Assert.Equal(1, count.Json["count"]!.GetValue<long>());
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task SandboxServeOnAPortInUseFailsInOneLine()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("sandbox", "serve", "--port", cli.Sandbox.BaseAddress.Port.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot start the sandbox", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TourWalksTheRoundTripAndExitsZero()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Clear();

        var result = await cli.RunAsync("tour");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        foreach (var expected in new[]
        {
            "POST   /v3/auth/login", "\"password\":\"***\"", "GET    /v3/me", "POST   /v3/tables  {", "/fields  {\"name\":\"Company\"",
            "/fields  {\"name\":\"Domain\"", "/fields  {\"name\":\"Work email\",\"type\":\"action\"", "/records  {\"records\"", "/run  {",
            "/bulk-fetch-records", "3 cells: 3 succeeded", "Acme → contact@acme.com (SUCCESS)", "/export  {\"format\":\"csv\"}",
            "Company,Domain,Work email", "Acme,acme.com,contact@acme.com", "DELETE /v3/tables/", "the workspace no longer lists it", "Done: 13 steps",
        })
        {
            Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("sandbox-password", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("← 4", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("← 5", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TourJsonListsEveryStepAndTheExportedCsvHasTheEnrichedColumn()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("tour", "--json");

        Assert.Equal(0, result.ExitCode);
        var steps = result.Json["steps"]!.AsArray();
        Assert.Equal(13, steps.Count);
        Assert.All(steps, step => Assert.NotEmpty(step!["requests"]!.AsArray()));
        Assert.All(steps.SelectMany(s => s!["requests"]!.AsArray()), r => Assert.InRange(r!["status"]!.GetValue<int>(), 200, 299));
        var csv = result.Json["exportedCsv"]!.GetValue<string>().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["Company,Domain,Work email", "Acme,acme.com,contact@acme.com", "Globex,https://www.globex.com,contact@globex.com", "Initech,initech.io,contact@initech.io"], csv);
        Assert.Contains(steps, s => s!["command"]!.GetValue<string>().StartsWith("clay tables delete", StringComparison.Ordinal)
            && s["requests"]!.AsArray().Any(r => r!["method"]!.GetValue<string>() == "DELETE"));
    }
}
