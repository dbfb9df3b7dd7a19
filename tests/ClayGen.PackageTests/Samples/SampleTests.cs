using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.Samples;

public sealed class SampleTests : IDisposable
{
    private const string Session = "s%3Asample-session.signature";
    private readonly ClayFakeServer _clay = ClayFakeServer.StartAccepting(Session);

    public void Dispose() => _clay.Dispose();

    [Theory]
    [InlineData("ClayGen.Samples.Console")]
    [InlineData("ClayGen.Samples.Host")]
    public async Task The_sample_lists_workspaces_and_counts_rows_with_the_session_from_the_environment(string sample)
    {
        var run = await RunAsync(sample, new Dictionary<string, string>
        {
            ["CLAY_SESSION"] = Session,
            // Without the trailing '/', which the samples add.
            ["CLAY_BASE_URL"] = _clay.BaseAddress.ToString().TrimEnd('/'),
            ["CLAY_TABLE_ID"] = "t_sample",
        });

        run.EnsureSuccess();
        Assert.Contains("workspace 712043: Acme GTM", run.Output, StringComparison.Ordinal);
        Assert.Contains($"table t_sample: {ClayFakeServer.RowTotal} rows", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["/v3/my-workspaces claysession=" + Session, "/v3/tables/t_sample/count claysession=" + Session],
            _clay.PathsAndCookies);
    }

    [Fact]
    public async Task The_console_sample_explains_a_missing_session_without_calling_Clay()
    {
        var run = await RunAsync("ClayGen.Samples.Console", new Dictionary<string, string>
        {
            ["CLAY_SESSION"] = "",
            ["CLAY_BASE_URL"] = _clay.BaseAddress.ToString(),
        });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Set CLAY_SESSION", run.Output, StringComparison.Ordinal);
        Assert.Empty(_clay.Requests);
    }

    private static Task<ProcessResult> RunAsync(string sample, Dictionary<string, string> environment)
    {
        // The test project references the samples, so their builds sit beside the test assembly.
        var dll = Path.Combine(AppContext.BaseDirectory, sample + ".dll");
        environment["CLAY_TABLE_ID"] = environment.GetValueOrDefault("CLAY_TABLE_ID", "");
        return DotNetCli.RunAsync(AppContext.BaseDirectory, [dll], TimeSpan.FromMinutes(5), environment);
    }
}
