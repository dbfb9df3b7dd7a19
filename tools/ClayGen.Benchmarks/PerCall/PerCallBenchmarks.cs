using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClayGen.Benchmarks.Fixtures;

namespace ClayGen.Benchmarks.PerCall;

/// <summary>
/// One call, three response shapes, four clients. In each shape (category) the hand-written
/// HttpClient + Newtonsoft.Json call is the baseline; Ratio and Alloc Ratio compare against it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class PerCallBenchmarks
{
    private ClientSet _clients = null!;

    /// <summary>The transport the subclass measures.</summary>
    protected abstract Transport Transport { get; }

    /// <summary>Builds the canned bodies and the clients (and a Kestrel server over loopback).</summary>
    [GlobalSetup]
    public async Task SetupAsync() => _clients = await ClientSet.CreateAsync(Transport, CannedBodies.Create()).ConfigureAwait(false);

    /// <summary>Stops the server and disposes the clients.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync() => await _clients.DisposeAsync().ConfigureAwait(false);

    /// <summary>Row count, hand-written.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("CountRows")]
    public Task<long> CountRows_HandWritten() => _clients.HandWritten.CountRowsAsync(ClayIds.TableId);

    /// <summary>Row count, ClayGen with default options.</summary>
    [Benchmark, BenchmarkCategory("CountRows")]
    public async Task<long> CountRows_ClayGen() => (await _clients.ClayDefault.Tables.CountRowsAsync(ClayIds.TableId).ConfigureAwait(false)).Total ?? 0;

    /// <summary>Row count, ClayGen's generated code without its handlers.</summary>
    [Benchmark, BenchmarkCategory("CountRows")]
    public async Task<long> CountRows_ClayGenBare() => (await _clients.ClayBare.Tables.CountRowsAsync(ClayIds.TableId).ConfigureAwait(false)).Total ?? 0;

    /// <summary>Row count, Refit.</summary>
    [Benchmark, BenchmarkCategory("CountRows")]
    public async Task<long> CountRows_Refit()
    {
        var count = await _clients.Refit.CountRowsAsync(ClayIds.TableId, _clients.RefitCookie).ConfigureAwait(false);
        return count.TableTotalRecordsCount ?? count.Count ?? 0;
    }

    /// <summary>200 resources, hand-written.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Resources")]
    public async Task<int> Resources_HandWritten() => (await _clients.HandWritten.ListResourcesAsync(ClayIds.WorkspaceId).ConfigureAwait(false)).Resources!.Count;

    /// <summary>200 resources, ClayGen with default options.</summary>
    [Benchmark, BenchmarkCategory("Resources")]
    public async Task<int> Resources_ClayGen() => (await _clients.ClayDefault.Resources.ListResourcesAsync(ClayIds.WorkspaceId, ResourceFilter.All()).ConfigureAwait(false)).Resources!.Count;

    /// <summary>200 resources, ClayGen's generated code without its handlers.</summary>
    [Benchmark, BenchmarkCategory("Resources")]
    public async Task<int> Resources_ClayGenBare() => (await _clients.ClayBare.Resources.ListResourcesAsync(ClayIds.WorkspaceId, ResourceFilter.All()).ConfigureAwait(false)).Resources!.Count;

    /// <summary>200 resources, Refit.</summary>
    [Benchmark, BenchmarkCategory("Resources")]
    public async Task<int> Resources_Refit() =>
        (await _clients.Refit.ListResourcesAsync(ClayIds.WorkspaceId, Baseline.ListResourcesBody.All, _clients.RefitCookie).ConfigureAwait(false)).Resources!.Count;

    /// <summary>Credit report tree, hand-written.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("CreditReport")]
    public async Task<int> CreditReport_HandWritten() =>
        (await _clients.HandWritten.GetCreditReportAsync(ClayIds.WorkspaceId, ClayIds.ReportStart, ClayIds.ReportEnd).ConfigureAwait(false)).Entities!.Count;

    /// <summary>Credit report tree, ClayGen with default options.</summary>
    [Benchmark, BenchmarkCategory("CreditReport")]
    public async Task<int> CreditReport_ClayGen() =>
        (await _clients.ClayDefault.Credits.GetCreditReportAsync(ClayIds.WorkspaceId, CreditReportQuery.Between(ClayIds.ReportStart, ClayIds.ReportEnd)).ConfigureAwait(false)).Entities!.Count;

    /// <summary>Credit report tree, ClayGen's generated code without its handlers.</summary>
    [Benchmark, BenchmarkCategory("CreditReport")]
    public async Task<int> CreditReport_ClayGenBare() =>
        (await _clients.ClayBare.Credits.GetCreditReportAsync(ClayIds.WorkspaceId, CreditReportQuery.Between(ClayIds.ReportStart, ClayIds.ReportEnd)).ConfigureAwait(false)).Entities!.Count;

    /// <summary>Credit report tree, Refit.</summary>
    [Benchmark, BenchmarkCategory("CreditReport")]
    public async Task<int> CreditReport_Refit() =>
        (await _clients.Refit.GetCreditReportAsync(ClayIds.WorkspaceId, IsoStart, IsoEnd, _clients.RefitCookie).ConfigureAwait(false)).Entities!.Count;

    private static string IsoStart => ClayIds.ReportStart.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string IsoEnd => ClayIds.ReportEnd.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
