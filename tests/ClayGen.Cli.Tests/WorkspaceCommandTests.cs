namespace ClayGen.Cli.Tests;

public sealed class WorkspaceCommandTests
{
    [Fact]
    public async Task WorkspacesListPrintsATableAndJson()
    {
        await using var cli = await CliHarness.StartAsync();

        var table = await cli.RunAsync("workspaces", "list");
        var json = await cli.RunAsync("workspaces", "list", "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Acme GTM", table.Output, StringComparison.Ordinal);
        Assert.Contains("712043", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(712043, json.Json.AsArray().Single()!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task WorkspacesOwnersListsTheUsersOfTheGivenWorkspace()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Remove("CLAY_WORKSPACE");

        var result = await cli.RunAsync("workspaces", "owners", "--workspace", "712043", "--json");

        Assert.Equal(0, result.ExitCode);
        var users = result.Json.AsArray();
        Assert.Equal([4515, 4516], users.Select(u => u!["id"]!.GetValue<int>()));
        Assert.Contains(cli.Sandbox.Requests, r => r.Path == "/v3/workspaces/712043/permissions");
    }

    [Fact]
    public async Task WorkspaceScopedCommandsWithoutAWorkspaceSayHowToGiveOne()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Remove("CLAY_WORKSPACE");

        var result = await cli.RunAsync("workspaces", "owners");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--workspace", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
