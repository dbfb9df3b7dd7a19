namespace ClayGen.Cli.Tests;

public sealed class CreditAndIntegrationCommandTests
{
    [Fact]
    public async Task CreditsReportSendsTheRangeAndFiltersInClaysBracketSyntax()
    {
        await using var cli = await CliHarness.StartAsync();
        const string OpenAi = "1c6d3e2f-9a4b-4d7c-8e8f-2b3c4d5e6f72";

        var result = await cli.RunAsync(
            "credits", "report", "--from", "2025-06-01", "--to", "2025-06-30T19:00:00Z", "--owner", "4515", "--integration", OpenAi, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Json["entities"]!.AsArray());
        var query = Uri.UnescapeDataString(cli.Sandbox.Requests.Single(r => r.Path.Contains("credit-reporting", StringComparison.Ordinal)).Query);
        Assert.Contains("timeRange[startTime]=2025-06-01T00:00:00.000Z", query, StringComparison.Ordinal);
        Assert.Contains("timeRange[endTime]=2025-06-30T19:00:00.000Z", query, StringComparison.Ordinal);
        Assert.Contains("ownerIds[0]=4515", query, StringComparison.Ordinal);
        Assert.Contains($"integrations[0]={OpenAi}", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditsReportByIntegrationPrintsATotalAndATree()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("credits", "report", "--from", "90d", "--type", "integration");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("integration credit report", result.Output, StringComparison.Ordinal);
        Assert.Contains("OpenAI", result.Output, StringComparison.Ordinal);
        Assert.Contains(cli.Sandbox.Requests, r => r.Path.EndsWith("/creditReportType/integration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IntegrationsListShowsTheAppAccounts()
    {
        await using var cli = await CliHarness.StartAsync();

        var human = await cli.RunAsync("integrations", "list");
        var json = await cli.RunAsync("integrations", "list", "--json");

        Assert.Equal(0, human.ExitCode);
        Assert.Contains("HubSpot production", human.Output, StringComparison.Ordinal);
        Assert.Equal(5, json.Json.AsArray().Count);
    }

    [Fact]
    public async Task IntegrationsDetailsListsTheActionsOfOneType()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("integrations", "details", "openai", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["openai-chat-completion", "openai-embeddings"],
            result.Json.AsArray().Select(a => a!["key"]!.GetValue<string>()));
    }

    [Fact]
    public async Task IntegrationsActionsListsTheWholeCatalog()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("integrations", "actions", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(6, result.Json.AsArray().Count);
    }
}
