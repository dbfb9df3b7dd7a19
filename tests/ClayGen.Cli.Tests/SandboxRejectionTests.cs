namespace ClayGen.Cli.Tests;

/// <summary>What Clay refuses, the sandbox refuses, and the CLI reports in one line.</summary>
public sealed class SandboxRejectionTests
{
    [Fact]
    public async Task ARawRequestWithoutASessionIsNotSent()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Remove("CLAY_SESSION");

        var result = await cli.RunAsync("api", "GET", "/v3/my-workspaces");

        // `clay api` goes through the library like every command: no session, nothing sent.
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No Clay session", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(cli.Sandbox.Requests);
    }

    [Fact]
    public async Task AnExpiredSessionIsRefusedWithAdviceToLogIn()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Sandbox.ExpireSessions();

        var result = await cli.RunAsync("workspaces", "list");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("Clay refused GET /v3/my-workspaces (401)", line, StringComparison.Ordinal);
        Assert.Contains("clay login", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACellForAFieldTheTableLacksIsRefused()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("records", "add", cli.Sandbox.TableId, "--cell", "f_nosuchfield=Acme");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("400", line, StringComparison.Ordinal);
        Assert.Contains("Field f_nosuchfield does not exist", line, StringComparison.Ordinal);
        Assert.Equal(0, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Theory]
    [InlineData("""{"records":[]}""", "Array must contain at least 1 element")]
    [InlineData("""{"records":[{"cells":{"f_x":{"value":"Acme"}}}]}""", "does not exist")]
    [InlineData("{not json", "Invalid JSON body")]
    public async Task ABadBodyIsRefused(string body, string message)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("api", "POST", $"/v3/tables/{cli.Sandbox.TableId}/records", "--body", body);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("400", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownTableIsNotFound()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("tables", "count", "t_doesnotexist");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("404", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
