namespace ClayGen.Cli.Tests;

/// <summary>Bad input gives one line on standard error and a non-zero exit code, never a stack trace.</summary>
public sealed class InputErrorTests
{
    public static TheoryData<string[], int, string> BadInput => new()
    {
        { ["frobnicate"], 2, "Unrecognized command or argument 'frobnicate'" },
        { ["tables", "get"], 2, "Missing table id" },
        { ["folders", "delete"], 2, "Required argument missing for command: 'delete'. (see `clay folders delete --help`)" },
        { ["records", "delete", "t_abc"], 2, "Missing record ids" },
        { ["records", "import", "t_abc", "/no/such/dir/rows.csv"], 1, "cannot read /no/such/dir/rows.csv" },
        { ["credits", "report", "--from", "yesterday"], 2, "--from: 'yesterday' is not a date" },
        { ["credits", "report", "--from", "2025-02-01", "--to", "2025-01-01"], 2, "is before --from" },
        { ["workspaces", "owners", "--workspace", "acme"], 2, "acme" },
        { ["records", "add", "t_abc", "--cell", "no-equals-sign"], 2, "expected <field-id>=<text>" },
        { ["records", "add", "t_abc", "--cell", "f_a:={bad"], 2, "is not JSON" },
        { ["records", "import", "t_abc", "rows.csv", "--batch-size", "0"], 2, "--batch-size" },
        { ["api", "FETCH", "/v3/me"], 2, "is not an HTTP method" },
        { ["tables", "count", "t_abc", "--base-url", "not a url"], 2, "is not an http(s) URL" },
        { ["tables", "count", "t/../x"], 2, "tableId" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInputGivesOneLineAndANonZeroExitCode(string[] args, int exitCode, string message)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task NoSessionConfiguredPointsAtTheSandboxAndLogin()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Remove("CLAY_SESSION");

        var result = await cli.RunAsync("workspaces", "list");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("No Clay session", line, StringComparison.Ordinal);
        Assert.Contains("clay login", line, StringComparison.Ordinal);
        Assert.Contains("--sandbox", line, StringComparison.Ordinal);
        Assert.Equal(0, cli.Sandbox.RequestCount);
    }

    [Fact]
    public async Task HelpIsNotAnError()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("records", "import", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--map", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }
}
