namespace ClayGen.Cli.Tests;

public sealed class SourceCommandTests
{
    [Fact]
    public async Task SourcesAddWebhookListAndDelete()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = cli.Sandbox.TableId;

        var added = await cli.RunAsync("sources", "add-webhook", tableId, "--name", "Website form", "--json");
        var sourceId = added.Json["id"]!.GetValue<string>();
        var listed = await cli.RunAsync("sources", "list", tableId);
        var deleted = await cli.RunAsync("sources", "delete", sourceId, "--delete-records");
        var after = await cli.RunAsync("sources", "list", tableId, "--json");

        Assert.Equal(0, added.ExitCode);
        Assert.StartsWith("s_", sourceId, StringComparison.Ordinal);
        Assert.Contains("/v3/sources/webhook/", added.Json["webhookUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(sourceId, listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Contains("\"deleteRecords\":true", cli.Sandbox.Requests.Single(r => r.Method == "DELETE").Body!, StringComparison.Ordinal);
        Assert.Empty(after.Json.AsArray());
    }

    [Fact]
    public async Task SourcesListWorkspaceWideIncludesOtherTables()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("sources", "list", "--workspace-wide", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Website form", Assert.Single(result.Json.AsArray())!["name"]!.GetValue<string>());
    }
}
