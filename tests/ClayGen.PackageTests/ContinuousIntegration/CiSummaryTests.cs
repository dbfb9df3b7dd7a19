using System.Security;
using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.ContinuousIntegration;

/// <summary>
/// CI's summary (<c>.ci/summarize.py</c>) must not let a run pass with less than it claims: a test
/// project that left no results, or a test skipped without a listed reason, fails it.
/// </summary>
public sealed class CiSummaryTests : IDisposable
{
    private readonly TemporaryDirectory _repo = new("ci-summary");

    public CiSummaryTests()
    {
        WriteProject("Alpha.Tests", isTestProject: true);
        WriteProject("Beta.Tests", isTestProject: true);
        WriteProject("Support", isTestProject: false);
        Directory.CreateDirectory(_repo.Combine(".ci"));
    }

    [Fact]
    public async Task Every_project_passing_gives_the_plain_summary_and_success()
    {
        WriteResults("Alpha.Tests", ("Alpha.Tests.One", "Passed"), ("Alpha.Tests.Two", "Passed"));
        WriteResults("Beta.Tests", ("Beta.Tests.One", "Passed"));

        var run = await SummarizeAsync(extraPassed: 1);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("4 passed, 0 failed", LastLine(run));
    }

    [Fact]
    public async Task A_test_project_without_results_fails_the_run_and_is_named()
    {
        WriteResults("Alpha.Tests", ("Alpha.Tests.One", "Passed"));

        var run = await SummarizeAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("1 passed, 1 failed", LastLine(run));
        Assert.Contains("no results from test project Beta.Tests", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Support", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skipped_test_without_a_listed_reason_fails_the_run()
    {
        WriteResults("Alpha.Tests", ("Alpha.Tests.One", "Passed"), ("Alpha.Tests.Skipped", "NotExecuted"));
        WriteResults("Beta.Tests", ("Beta.Tests.One", "Passed"));

        var run = await SummarizeAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("2 passed, 1 failed, 1 skipped", LastLine(run));
        Assert.Contains("skipped without a listed reason: Alpha.Tests.Skipped", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skip_listed_with_its_reason_passes()
    {
        WriteResults("Alpha.Tests", ("Alpha.Tests.One", "Passed"), ("Alpha.Tests.Skipped", "NotExecuted"));
        WriteResults("Beta.Tests", ("Beta.Tests.One", "Passed"));
        File.WriteAllText(_repo.Combine(".ci", "allowed-skips.txt"), "# comment\nAlpha.Tests.Skipped\tneeds a Windows host\n");

        var run = await SummarizeAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2 passed, 0 failed, 1 skipped", LastLine(run));
    }

    [Fact]
    public async Task A_listed_skip_without_a_reason_is_refused()
    {
        WriteResults("Alpha.Tests", ("Alpha.Tests.One", "Passed"));
        WriteResults("Beta.Tests", ("Beta.Tests.One", "Passed"));
        File.WriteAllText(_repo.Combine(".ci", "allowed-skips.txt"), "Alpha.Tests.Skipped\n");

        var run = await SummarizeAsync();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("has no reason", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();

    private Task<ProcessResult> SummarizeAsync(int extraPassed = 0) =>
        DotNetCli.RunProgramAsync(
            "python3",
            _repo.Path,
            [Path.Combine(RepositoryLayout.Root, ".ci", "summarize.py"), _repo.Combine("results"), _repo.Path, extraPassed.ToString(System.Globalization.CultureInfo.InvariantCulture), "0"],
            TimeSpan.FromMinutes(2));

    private static string LastLine(ProcessResult run) => run.Output.TrimEnd().Split('\n')[^1].Trim();

    private void WriteProject(string name, bool isTestProject)
    {
        var folder = _repo.Combine("tests", name);
        Directory.CreateDirectory(folder);
        var marker = isTestProject ? "" : "<PropertyGroup><IsTestProject>false</IsTestProject></PropertyGroup>";
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk\">{marker}</Project>");
    }

    // The shape the VSTest trx logger writes: definitions carry the (lower-cased) assembly path.
    private void WriteResults(string project, params (string Name, string Outcome)[] tests)
    {
        var folder = _repo.Combine("results");
        Directory.CreateDirectory(folder);
        var storage = $"/repo/tests/{project}/bin/debug/net10.0/{project}.dll".ToLowerInvariant();
        var definitions = string.Concat(tests.Select(t => $"<UnitTest name=\"{SecurityElement.Escape(t.Name)}\" storage=\"{storage}\" id=\"{Guid.NewGuid()}\" />"));
        var results = string.Concat(tests.Select(t => $"<UnitTestResult testName=\"{SecurityElement.Escape(t.Name)}\" outcome=\"{t.Outcome}\" />"));
        var passed = tests.Count(t => t.Outcome == "Passed");
        var failed = tests.Count(t => t.Outcome == "Failed");
        var skipped = tests.Count(t => t.Outcome == "NotExecuted");
        File.WriteAllText(
            Path.Combine(folder, project + ".trx"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>{results}</Results>
              <TestDefinitions>{definitions}</TestDefinitions>
              <ResultSummary outcome="Completed">
                <Counters total="{tests.Length}" executed="{passed + failed}" passed="{passed}" failed="{failed}" error="0" timeout="0" aborted="0" notExecuted="{skipped}" />
              </ResultSummary>
            </TestRun>
            """);
    }
}
