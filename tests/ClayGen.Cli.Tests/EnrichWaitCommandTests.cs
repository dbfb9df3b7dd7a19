using ClayGen.Sandbox;
using ClayGen.TestSupport;

namespace ClayGen.Cli.Tests;

public sealed class EnrichWaitCommandTests
{
    [Fact]
    public async Task EnrichRunWaitReportsTheCountsPerStatusAndExitsZeroWhenEveryCellSucceeded()
    {
        await using var cli = await InstantSandbox.StartAsync();
        await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"), ("Initech", "initech.io"));

        var json = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--whole-view", "--wait", "--json");

        Assert.True(json.ExitCode == 0, json.ToString());
        var wait = json.Json["wait"]!;
        Assert.True(wait["complete"]!.GetValue<bool>());
        Assert.Equal(3, wait["cells"]!.GetValue<int>());
        Assert.Equal(3, wait["countsByStatus"]!["SUCCESS"]!.GetValue<int>());
        Assert.Equal(3, json.Json["run"]!["recordCount"]!.GetValue<int>());
        Assert.Contains(cli.Sandbox.Requests, r => r.Path.EndsWith("/bulk-fetch-records", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnrichRunWaitExitsOneAndListsTheRowsThatRanOutOfCredits()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"), ("Initech", "initech.io"));
        cli.Sandbox.Faults.CreditsRemaining = 1;

        var human = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--records", string.Join(',', ids), "--wait");

        Assert.Equal(1, human.ExitCode);
        Assert.Matches(@"ERROR_OUT_OF_CREDITS\s+│ 2", human.Output);
        Assert.Contains("Done with failures", human.Output, StringComparison.Ordinal);
        Assert.Contains($"failed rows: {ids[1]}, {ids[2]}", human.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrichRunWaitJsonListsTheFailedCells()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"));
        cli.Sandbox.Faults.CreditsRemaining = 0;

        var json = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--records", string.Join(',', ids), "--wait", "--json");

        Assert.Equal(1, json.ExitCode);
        Assert.Equal(ids, json.Json["wait"]!["failedRecordIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.All(json.Json["wait"]!["unsuccessfulCells"]!.AsArray(), c => Assert.Equal("ERROR_OUT_OF_CREDITS", c!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EnrichRunTopWaitsOnlyOnTheRowsItRan()
    {
        await using var cli = await InstantSandbox.StartAsync();
        await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"), ("Initech", "initech.io"));

        var json = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--top", "2", "--wait", "--json");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal(2, json.Json["wait"]!["cells"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("--timeout", "10m", "add --wait")]
    [InlineData("--wait --timeout", "soon", "not a positive duration")]
    public async Task EnrichRunRefusesABadTimeoutBeforeRunning(string options, string value, string expected)
    {
        await using var cli = await InstantSandbox.StartAsync();

        var result = await cli.RunAsync(["enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--top", "1", .. options.Split(' '), value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Path.EndsWith("/run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnrichRunWaitThatTimesOutSaysWhereTheRunStoodAndExitsOne()
    {
        // Cells stay queued for a day on the sandbox's clock, so the wait can only end by its own timeout;
        // the CLI's clock is fake and moves only once the wait sleeps toward that timeout.
        await using var cli = await CliHarness.StartAsync(new ClaySandboxOptions { RunQueuedFor = TimeSpan.FromDays(1) });
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"));
        var clock = new TimerWatchingClock(TimeSpan.FromSeconds(1));
        cli.Clock = clock;

        var running = cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--records", ids[0], "--wait", "--timeout", "1s");
        // On the system clock the run would end by itself after a second, before any fake timer exists.
        Assert.Same(clock.Created, await Task.WhenAny(clock.Created, running));
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await running;

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("still had 1 of 1 cells in progress", result.Error, StringComparison.Ordinal);
        Assert.Contains("wait again to follow it", result.Error, StringComparison.Ordinal);
    }
}
