using System.Text;
using ClayGen.Sandbox;

namespace ClayGen.Tests.Lifecycle;

public sealed class ExportTests
{
    [Fact]
    public async Task A_view_export_is_started_polled_and_downloaded_as_the_tables_csv()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, _, _) = await lab.CreateEnrichedTableAsync("acme.com", "globex.com");
        var progress = new List<ExportProgress>();
        using var file = new MemoryStream();

        var job = await lab.Clay.Exports.ExportAsync(table.Id, table.DefaultViewId, file, Options(lab, new SynchronousProgress<ExportProgress>(progress.Add)));

        var lines = Encoding.UTF8.GetString(file.ToArray()).TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Company,Domain,Work email", lines[0], StringComparison.Ordinal);
        Assert.Equal(table.DefaultViewId, job.ViewId);
        Assert.Contains(progress, p => p.Job.Status == "ACTIVE");
        Assert.Equal(file.Length, progress[^1].Downloaded);
    }

    [Fact]
    public async Task The_file_is_fetched_without_the_session_cookie()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, _, _) = await lab.CreateEnrichedTableAsync("acme.com");

        await lab.Clay.Exports.ExportAsync(table.Id, null, Stream.Null, Options(lab));

        var download = Assert.Single(lab.Wire.Requests, r => r.Path.EndsWith("/download", StringComparison.Ordinal));
        Assert.Null(download.Cookie);
        Assert.False(download.Headers.ContainsKey("Authorization"));
        Assert.All(lab.Wire.Requests.Where(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal)), r => Assert.NotNull(r.Cookie));
    }

    [Fact]
    public async Task A_failed_job_is_a_typed_error_naming_it_and_leaves_no_file()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, _, _) = await lab.CreateEnrichedTableAsync("acme.com");
        lab.Sandbox.Faults.ExportFault = ClaySandboxExportFault.Fail;
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "leads.csv");

        var error = await Assert.ThrowsAsync<ClayExportException>(() => lab.Clay.Exports.ExportToFileAsync(table.Id, null, path, Options(lab)));

        Assert.Contains(error.Job!.Id, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task A_job_that_never_finishes_ends_in_a_timeout_naming_the_job()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, _, _) = await lab.CreateEnrichedTableAsync("acme.com");
        lab.Sandbox.Faults.ExportFault = ClaySandboxExportFault.NeverFinish;

        var error = await Assert.ThrowsAsync<ClayExportTimeoutException>(() => lab.Clay.Exports.ExportAsync(table.Id, null, Stream.Null, Options(lab)));

        Assert.StartsWith("ej_", error.Job!.Id, StringComparison.Ordinal);
        Assert.Contains(error.Job.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(5), lab.Clock.Waited);
    }

    [Fact]
    public async Task A_file_export_replaces_the_target_only_once_complete()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, _, _) = await lab.CreateEnrichedTableAsync("acme.com");
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "leads.csv");

        await lab.Clay.Exports.ExportToFileAsync(table.Id, null, path, Options(lab));

        Assert.Equal([path], Directory.GetFiles(folder.Path));
        Assert.Contains("acme.com", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_sending()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var before = lab.Sandbox.RequestCount;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => lab.Clay.Exports.ExportAsync("../t", null, Stream.Null));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => lab.Clay.Exports.ExportAsync("t_1", null, new MemoryStream([], writable: false)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => lab.Clay.Exports.ExportToFileAsync("t_1", null, Path.GetTempPath()));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => lab.Clay.Exports.ExportAsync("t_1", null, Stream.Null, new ExportOptions { Timeout = TimeSpan.Zero }));
        Assert.Equal(before, lab.Sandbox.RequestCount);
    }

    private static ExportOptions Options(LifecycleSandbox lab, IProgress<ExportProgress>? progress = null) =>
        new() { TimeProvider = lab.Clock, PollInterval = TimeSpan.FromMilliseconds(100), Progress = progress };
}
