namespace ClayGen.Cli.Tests;

/// <summary><c>clay sources webhook-token|response-type</c>, <c>clay fields run-status</c> and <c>clay api-keys list</c>.</summary>
public sealed class WebhookTokenAndStatusCommandTests
{
    [Fact]
    public async Task WebhookTokenPrintsOnlyTheTokenOnStdoutAndSendersThenNeedIt()
    {
        await using var cli = await CliHarness.StartAsync();
        var sourceId = await AddWebhookAsync(cli);

        var issued = await cli.RunAsync("sources", "webhook-token", sourceId);
        var asJson = await cli.RunAsync("sources", "webhook-token", sourceId, "--json");

        Assert.True(issued.ExitCode == 0, issued.ToString());
        var token = Assert.Single(issued.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("x-clay-webhook-auth", issued.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(token, issued.Error, StringComparison.Ordinal);
        Assert.Equal(sourceId, asJson.Json["sourceId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(asJson.Json["token"]!.GetValue<string>()));
        var source = await cli.RunAsync("api", "GET", $"v3/sources/{sourceId}");
        Assert.True(source.Json["typeSettings"]!["hasAuth"]!.GetValue<bool>());
    }

    [Fact]
    public async Task WebhookTokenRefusesToPrintOnATerminalUnlessAskedAndIssuesNothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var sourceId = await AddWebhookAsync(cli);
        cli.Interactive = true;

        var refused = await cli.RunAsync("sources", "webhook-token", sourceId);
        var shown = await cli.RunAsync("sources", "webhook-token", sourceId, "--show");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("redirect standard output", refused.Error, StringComparison.Ordinal);
        Assert.Single(cli.Sandbox.Requests, r => r.Path.Contains("/auth-token/", StringComparison.Ordinal));
        Assert.Equal(0, shown.ExitCode);
        Assert.NotEmpty(shown.Output.Trim());
    }

    [Fact]
    public async Task ResponseTypeSetsTheSourcesTypeAndRefusesAnUnknownOne()
    {
        await using var cli = await CliHarness.StartAsync();
        var sourceId = await AddWebhookAsync(cli);

        var set = await cli.RunAsync("sources", "response-type", sourceId, "PLAIN_TEXT");
        var bad = await cli.RunAsync("sources", "response-type", sourceId, "XML");

        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Contains("PLAIN_TEXT", set.Output, StringComparison.Ordinal);
        Assert.Equal("PLAIN_TEXT", (await cli.RunAsync("api", "GET", $"v3/sources/{sourceId}")).Json["typeSettings"]!["responseType"]!.GetValue<string>());
        Assert.NotEqual(0, bad.ExitCode);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Body?.Contains("XML", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RunStatusCountsEachColumnsCellsByStatusWithItsName()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"), ("Initech", "initech.io"));
        cli.Sandbox.Faults.CreditsRemaining = 2;
        var before = await cli.RunAsync("fields", "run-status", cli.Sandbox.TableId);
        var run = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--records", string.Join(',', ids));

        var human = await cli.RunAsync("fields", "run-status", cli.Sandbox.TableId);
        var json = await cli.RunAsync("fields", "run-status", cli.Sandbox.TableId, "--json");

        Assert.Contains("No column of this table has run", before.Output, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Matches(@"SUCCESS\s+│ 2", human.Output);
        Assert.Matches(@"ERROR_OUT_OF_CREDITS\s+│ 1", human.Output);
        var counts = json.Json["counts"]!.AsArray();
        Assert.All(counts, c => Assert.Equal(cli.Sandbox.FieldIds[3], c!["fieldId"]!.GetValue<string>()));
        Assert.Equal(3, counts.Sum(c => c!["count"]!.GetValue<int>()));
        Assert.False(json.Json["pending"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ApiKeysListShowsIdsNamesAndDatesButNeverTheKey()
    {
        await using var cli = await CliHarness.StartAsync();

        var human = await cli.RunAsync("api-keys", "list");
        var json = await cli.RunAsync("api-keys", "list", "--json");

        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Contains("Sandbox key", human.Output, StringComparison.Ordinal);
        var key = Assert.Single(json.Json.AsArray())!.AsObject();
        Assert.Equal(["id", "name", "createdAt"], key.Select(p => p.Key));
        Assert.DoesNotContain(cli.Sandbox.ApiKey, human.Output + json.Output, StringComparison.Ordinal);
        Assert.Contains(cli.Sandbox.Requests, r => r.Path == "/v3/api-keys");
    }

    private static async Task<string> AddWebhookAsync(CliHarness cli)
    {
        var added = await cli.RunAsync("sources", "add-webhook", cli.Sandbox.TableId, "--name", "Form", "--json");
        Assert.True(added.ExitCode == 0, added.ToString());
        return added.Json["id"]!.GetValue<string>();
    }
}
