namespace ClayGen.Cli.Tests;

public sealed class AuthCommandTests
{
    [Fact]
    public async Task LoginSavesTheSessionForLaterCommandsInAnOwnerOnlyFile()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Remove("CLAY_SESSION");
        cli.Variables.Remove("CLAY_WORKSPACE");

        var login = await cli.RunAsync(["login", "--email", cli.Sandbox.Email, "--password-stdin"], CancellationToken.None, cli.Sandbox.Password + "\n");
        cli.Variables.Remove("CLAY_BASE_URL");
        var owners = await cli.RunAsync("workspaces", "owners", "--json");

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Contains("Default workspace: 712043", login.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.SessionFile));
        Assert.DoesNotContain(cli.Sandbox.Password, File.ReadAllText(cli.SessionFile), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.SessionFile));
        }

        // The saved login supplies the server, the session and the workspace.
        Assert.True(owners.ExitCode == 0, owners.ToString());
        Assert.Equal(2, owners.Json.AsArray().Count);
    }

    [UnixOnlyFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task LoginOverAnOlderWorldReadableSessionFileMakesItOwnerOnly()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Remove("CLAY_SESSION");
        Directory.CreateDirectory(Path.GetDirectoryName(cli.SessionFile)!);
        await File.WriteAllTextAsync(cli.SessionFile, "{}");
        File.SetUnixFileMode(cli.SessionFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var login = await cli.RunAsync(["login", "--email", cli.Sandbox.Email, "--password-stdin"], CancellationToken.None, cli.Sandbox.Password + "\n");

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.SessionFile));
        Assert.Contains(cli.Sandbox.BaseAddress.AbsoluteUri, await File.ReadAllTextAsync(cli.SessionFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginWithAWrongPasswordSaysSoInOneLine()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(["login", "--email", cli.Sandbox.Email, "--password-stdin"], CancellationToken.None, "wrong\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rejected the email or password", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(cli.SessionFile));
    }

    [Fact]
    public async Task LogoutRemovesTheSavedSession()
    {
        await using var cli = await CliHarness.StartAsync();
        await cli.RunAsync(["login", "--email", cli.Sandbox.Email, "--password-stdin"], CancellationToken.None, cli.Sandbox.Password);

        var first = await cli.RunAsync("logout");
        var second = await cli.RunAsync("logout");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Logged out", first.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.SessionFile));
        Assert.Contains("No saved session", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginAgainstTheEmbeddedSandboxSavesNothing()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("login", "--sandbox", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.False(result.Json["saved"]!.GetValue<bool>());
        Assert.False(File.Exists(cli.SessionFile));
    }
}
