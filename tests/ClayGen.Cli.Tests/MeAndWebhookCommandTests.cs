using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ClayGen.Cli.Tests;

public sealed class MeAndWebhookCommandTests
{
    [Fact]
    public async Task MePrintsTheUserAndLastWorkspace()
    {
        await using var cli = await CliHarness.StartAsync();

        var human = await cli.RunAsync("me");
        var json = await cli.RunAsync("me", "--json");

        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Contains($"4515 {cli.Sandbox.Email} \"Sandbox Owner\", last workspace 712043", human.Output, StringComparison.Ordinal);
        Assert.Equal(["id", "email", "name", "lastWorkspaceId"], json.Json.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task MeNeverPrintsTheOtherFieldsOfTheAnswerSuchAsAnApiToken()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        server.Given(Request.Create().WithPath("/v3/me").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody("""{"id":7,"email":"ada@example.com","name":"Ada","lastWorkspaceId":9,"apiToken":"tok_planted_secret","session":{"token":"sess_planted"}}"""));
        await using var cli = await CliHarness.StartAsync();
        cli.Variables["CLAY_BASE_URL"] = server.Url! + "/";

        var human = await cli.RunAsync("me");
        var json = await cli.RunAsync("me", "--json");

        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Equal(0, json.ExitCode);
        Assert.Contains("ada@example.com", human.Output, StringComparison.Ordinal);
        foreach (var output in new[] { human.Output, human.Error, json.Output, json.Error })
        {
            Assert.DoesNotContain("planted", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WebhookSendPostsEveryRowOfACsvFile()
    {
        await using var cli = await CliHarness.StartAsync();
        var (url, tableId, _) = await AddWebhookAsync(cli);
        var file = cli.WriteFile("leads.csv", "Company Name,Domain\nAcme,acme.com\nGlobex,globex.com\n\"Initech, Inc.\",initech.io\n");

        var result = await cli.RunAsync("webhook", "send", url, file, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, result.Json["sent"]!.GetValue<long>());
        Assert.Equal(0, result.Json["failed"]!.GetValue<int>());
        Assert.Equal(3, cli.Sandbox.TotalRecordCount(tableId));
        var names = (await SandboxRecords.ReadAllAsync(cli.Sandbox, tableId, cli.Sandbox.ViewId)).Select(r => SandboxRecords.Cell(r, cli.Sandbox.FieldIds[0]));
        Assert.Equal(["Acme", "Globex", "Initech, Inc."], names);
    }

    [Fact]
    public async Task WebhookSendReadsTheAuthTokenFromStandardInputOrTheEnvironment()
    {
        await using var cli = await CliHarness.StartAsync();
        var (url, tableId, issued) = await AddWebhookAsync(cli, withToken: true);
        var token = issued!;
        var file = cli.WriteFile("leads.jsonl", "{\"Company Name\":\"Acme\"}\n");

        var without = await cli.RunAsync("webhook", "send", url, file, "--json");
        var fromStdin = await cli.RunAsync(["webhook", "send", url, file, "--auth-token-stdin", "--json"], CancellationToken.None, token + "\n");
        cli.Variables["CLAY_WEBHOOK_TOKEN"] = token;
        var fromEnvironment = await cli.RunAsync("webhook", "send", url, file);

        Assert.Equal(1, without.ExitCode);
        Assert.Equal(1, without.Json["failed"]!.GetValue<int>());
        Assert.True(fromStdin.ExitCode == 0, fromStdin.ToString());
        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
        Assert.Equal(2, cli.Sandbox.TotalRecordCount(tableId));
        Assert.DoesNotContain(token, fromStdin.Output + fromStdin.Error + fromEnvironment.Output + fromEnvironment.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhookSendTakesNoTokenAsAnArgument()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = cli.WriteFile("leads.jsonl", "{\"Company Name\":\"Acme\"}\n");

        var result = await cli.RunAsync("webhook", "send", "http://127.0.0.1/v3/sources/webhook/x", file, "--auth-token", "tok_abc");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Path.Contains("/sources/webhook/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebhookSendRefusesAMalformedFileBeforeSendingAnyRow()
    {
        await using var cli = await CliHarness.StartAsync();
        var (url, tableId, _) = await AddWebhookAsync(cli);
        var file = cli.WriteFile("leads.jsonl", "{\"Company Name\":\"Acme\"}\n[1,2]\n");

        var result = await cli.RunAsync("webhook", "send", url, file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: the line is not a JSON object; nothing was sent", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, cli.Sandbox.TotalRecordCount(tableId));
    }

    /// <summary>A webhook source on the seeded table; with <paramref name="withToken"/>, one that requires an auth token.</summary>
    private static async Task<(string Url, string TableId, string? Token)> AddWebhookAsync(CliHarness cli, bool withToken = false)
    {
        var tableId = cli.Sandbox.TableId;
        var source = (await cli.RunAsync("sources", "add-webhook", tableId, "--name", "Form", "--json")).Json;
        string? token = null;
        if (withToken)
        {
            var issued = await cli.RunAsync("api", "POST", $"v3/sources/webhook/auth-token/{source["id"]!.GetValue<string>()}");
            token = issued.Json["token"]!.GetValue<string>();
        }

        return (source["webhookUrl"]!.GetValue<string>(), tableId, token);
    }
}
