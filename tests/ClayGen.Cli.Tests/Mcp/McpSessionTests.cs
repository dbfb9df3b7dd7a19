namespace ClayGen.Cli.Tests.Mcp;

/// <summary>How <c>clay mcp</c> treats its credentials: an expired session is a tool error that never shows the cookie.</summary>
public sealed class McpSessionTests
{
    [Fact]
    public async Task An_expired_session_is_a_tool_error_without_the_session_cookie()
    {
        await using var server = await McpServerProcess.StartAsync();
        var cookie = server.Sandbox.Session;
        server.Sandbox.ExpireSessions();

        var (result, text) = await server.CallAsync("list_tables");

        Assert.True(result.IsError);
        Assert.Contains("(401)", text, StringComparison.Ordinal);
        Assert.Contains("the session is missing, expired or invalid", text, StringComparison.Ordinal);
        Assert.DoesNotContain(cookie, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.UnescapeDataString(cookie), text, StringComparison.Ordinal);
        Assert.DoesNotContain(cookie, string.Join('\n', server.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_login_it_exits_with_the_usual_advice_before_serving()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Remove("CLAY_SESSION");

        var result = await cli.RunAsync("mcp");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No Clay session", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Allow_runs_without_allow_writes_is_refused_before_serving()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("mcp", "--allow-runs");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--allow-runs needs --allow-writes", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
        Assert.Empty(cli.Sandbox.Requests);
    }
}
