namespace ClayGen.Cli.Tests;

/// <summary>
/// <c>clay login --api-key</c> reads the key from standard input, checks it, saves it like a session, and
/// later commands send it; <c>CLAY_API_KEY</c> does the same without saving. The key is never shown.
/// </summary>
public sealed class ApiKeyLoginTests : IDisposable
{
    private readonly ApiKeyClay _clay = ApiKeyClay.Start();

    public void Dispose() => _clay.Dispose();

    [Fact]
    public async Task Login_with_an_api_key_from_stdin_saves_it_owner_only_and_the_next_command_sends_it()
    {
        await using var cli = await KeyedHarnessAsync();

        var login = await cli.RunAsync(["login", "--api-key"], CancellationToken.None, ApiKeyClay.Key + "\n");
        cli.Variables.Remove("CLAY_BASE_URL");
        var count = await cli.RunAsync("tables", "count", "t_keyed", "--json");

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Contains("API key accepted", login.Output, StringComparison.Ordinal);
        Assert.Contains($"Default workspace: {ApiKeyClay.WorkspaceId}", login.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeyClay.Key, login.Output + login.Error, StringComparison.Ordinal);
        Assert.Contains(ApiKeyClay.Key, await File.ReadAllTextAsync(cli.SessionFile), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.SessionFile));
        }

        // The saved login supplies the server and the key; no cookie goes with it.
        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Equal(9, count.Json["count"]!.GetValue<long>());
        Assert.Equal((ApiKeyClay.Key, (string?)null), Assert.Single(_clay.RequestsTo(ApiKeyClay.CountPath)));
    }

    [Fact]
    public async Task Logout_forgets_a_saved_api_key()
    {
        await using var cli = await KeyedHarnessAsync();
        await cli.RunAsync(["login", "--api-key"], CancellationToken.None, ApiKeyClay.Key + "\n");
        Assert.True(File.Exists(cli.SessionFile));

        var logout = await cli.RunAsync("logout");
        var count = await cli.RunAsync("tables", "count", "t_keyed");

        Assert.Equal(0, logout.ExitCode);
        Assert.False(File.Exists(cli.SessionFile));
        Assert.Equal(2, count.ExitCode);
        Assert.Contains("clay login --api-key", count.Error, StringComparison.Ordinal);
        Assert.Empty(_clay.RequestsTo(ApiKeyClay.CountPath));
    }

    [Fact]
    public async Task A_refused_key_is_one_error_line_without_the_key_and_nothing_is_saved()
    {
        const string wrong = "0a0a0a0a-wrong-key-planted-9f9f";
        await using var cli = await KeyedHarnessAsync();

        var login = await cli.RunAsync(["login", "--api-key"], CancellationToken.None, wrong + "\n");

        Assert.Equal(1, login.ExitCode);
        var line = Assert.Single(login.ErrorLines);
        Assert.Contains("API key is wrong, revoked or not allowed", line, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, login.Output + login.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.SessionFile));

        // Refused once: not retried, and no login attempted.
        Assert.Equal(1, _clay.RequestCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public async Task Login_with_an_api_key_and_nothing_on_stdin_is_a_usage_error_before_anything_is_sent(string input)
    {
        await using var cli = await KeyedHarnessAsync();

        var login = await cli.RunAsync(["login", "--api-key"], CancellationToken.None, input);

        Assert.Equal(2, login.ExitCode);
        Assert.Contains("standard input held no API key", login.Error, StringComparison.Ordinal);
        Assert.Equal(0, _clay.RequestCount);
    }

    [Fact]
    public async Task The_key_is_never_taken_from_an_argument()
    {
        await using var cli = await KeyedHarnessAsync();

        var login = await cli.RunAsync(["login", "--api-key", ApiKeyClay.Key], CancellationToken.None, string.Empty);

        Assert.Equal(2, login.ExitCode);
        Assert.Equal(0, _clay.RequestCount);
        Assert.False(File.Exists(cli.SessionFile));
    }

    [Fact]
    public async Task CLAY_API_KEY_is_sent_instead_of_CLAY_SESSION()
    {
        await using var cli = await KeyedHarnessAsync();
        cli.Variables["CLAY_SESSION"] = "s%3AenvSession.Signature";
        cli.Variables["CLAY_API_KEY"] = ApiKeyClay.Key;

        var count = await cli.RunAsync("tables", "count", "t_keyed", "--json");

        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Equal((ApiKeyClay.Key, (string?)null), Assert.Single(_clay.RequestsTo(ApiKeyClay.CountPath)));
    }

    [Fact]
    public async Task The_session_flag_beats_CLAY_API_KEY()
    {
        await using var cli = await KeyedHarnessAsync();
        cli.Variables["CLAY_API_KEY"] = ApiKeyClay.Key;

        var count = await cli.RunAsync("tables", "count", "t_keyed", "--session", "s%3AflagSession.Signature");

        Assert.Equal(1, count.ExitCode);
        Assert.Equal(((string?)null, "claysession=s%3AflagSession.Signature"), Assert.Single(_clay.RequestsTo(ApiKeyClay.CountPath)));
    }

    [Fact]
    public async Task A_refused_CLAY_API_KEY_names_the_variable_and_hides_the_key()
    {
        const string wrong = "0a0a0a0a-wrong-key-planted-9f9f";
        await using var cli = await KeyedHarnessAsync();
        cli.Variables["CLAY_API_KEY"] = wrong;

        var count = await cli.RunAsync("tables", "count", "t_keyed");

        Assert.Equal(1, count.ExitCode);
        Assert.Contains("Check CLAY_API_KEY", Assert.Single(count.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, count.Output + count.Error, StringComparison.Ordinal);
    }

    // The sandbox takes no API keys, so the CLI talks to the stand-in instead, with no session of its own.
    private async Task<CliHarness> KeyedHarnessAsync()
    {
        var cli = await CliHarness.StartAsync();
        cli.Variables["CLAY_BASE_URL"] = _clay.BaseUrl;
        cli.Variables.Remove("CLAY_SESSION");
        cli.Variables.Remove("CLAY_WORKSPACE");
        return cli;
    }
}
