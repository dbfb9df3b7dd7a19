using BenchmarkDotNet.Attributes;
using ClayGen.Benchmarks.Fixtures;

namespace ClayGen.Benchmarks.RecordIds;

/// <summary>
/// Reading every record id of a view: one unpaginated response of 1,000,000 ids (about 23 MB).
/// The buffered read (<see cref="ITablesClient.GetRecordIdsAsync"/>) is the baseline; the streaming
/// read must allocate less than a tenth of it.
/// </summary>
[MemoryDiagnoser]
public class RecordIdBenchmarks
{
    private CannedBodies _bodies = null!;
    private ClientSet _clients = null!;

    /// <summary>The transport.</summary>
    [Params(Transport.InMemory, Transport.Loopback)]
    public Transport Transport { get; set; }

    /// <summary>Builds the id list and the clients.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bodies = CannedBodies.Create(BenchmarkSizes.RecordIds);
        _clients = await ClientSet.CreateAsync(Transport, _bodies).ConfigureAwait(false);
    }

    /// <summary>Stops the server and disposes the clients.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync() => await _clients.DisposeAsync().ConfigureAwait(false);

    /// <summary>ClayGen's buffered read, placeholder skipped: the whole list in memory.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> GetRecordIds_Buffered() =>
        Check((await _clients.ClayDefault.Tables.GetRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false)).Count);

    /// <summary>The generated buffered read as is (placeholder kept, no copy).</summary>
    [Benchmark]
    public async Task<int> ListRecordIds_Buffered() =>
        Check((await _clients.ClayDefault.Tables.ListRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false)).Results!.Count - 1);

    /// <summary>ClayGen's streaming read: one id at a time, none kept.</summary>
    [Benchmark]
    public async Task<int> StreamRecordIds()
    {
        var count = 0;
        await foreach (var id in _clients.ClayDefault.Tables.StreamRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false))
        {
            count += id.Length > 0 ? 1 : 0;
        }

        return Check(count);
    }

    /// <summary>The floor for streaming: a hand-written token reader over a bare HttpClient.</summary>
    [Benchmark]
    public async Task<int> StreamRecordIds_HandWritten()
    {
        var count = 0;
        await foreach (var id in _clients.HandWritten.StreamRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false))
        {
            count += id.Length > 0 ? 1 : 0;
        }

        return Check(count);
    }

    private int Check(int count) =>
        count == _bodies.RecordIdCount ? count : throw new InvalidOperationException($"Read {count} ids, expected {_bodies.RecordIdCount}.");
}
