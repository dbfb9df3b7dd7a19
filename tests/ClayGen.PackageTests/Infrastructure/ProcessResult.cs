namespace ClayGen.PackageTests.Infrastructure;

/// <summary>How a child process ended.</summary>
public sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed, string CommandLine)
{
    /// <summary>Fails the test with the command's output when it did not exit with 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, $"`{CommandLine}` exited with {ExitCode}:\n{Tail(Output, 60)}");
        return this;
    }

    private static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}
