using BenchmarkDotNet.Attributes;
using ClayGen.Benchmarks.Fixtures;
using ClayGen.Benchmarks.Reporting;

namespace ClayGen.Benchmarks.RecordRead;

/// <summary>
/// Reading every record of a view back with 20 ms of latency per request: ClayGen's
/// <see cref="ITablesClient.StreamRecordsAsync"/> (ids streamed, then bulk fetches of 300 with 4 in
/// flight) against one <see cref="ITablesClient.GetRecordAsync"/> per record, one after the other (the
/// baseline, as a naive loop is written) and 4 at a time (the same concurrency as the streaming read).
/// The naive reads run at 100 and 1,000 records only; the Time/record, Speedup/record and
/// Allocated/record columns compare them per record with the streaming read at 1,000 to 100,000.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRecordConfig))]
public class RecordReadBenchmarks
{
    private RecordTableHandler _table = null!;
    private ClayClient _clay = null!;

    /// <summary>The records in the table (and its view).</summary>
    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    /// <summary>The table sizes (<see cref="BenchmarkSizes.ReadRecords"/>).</summary>
    public static IEnumerable<int> RecordCounts => BenchmarkSizes.ReadRecords;

    /// <summary>Whether a benchmark method runs at a table size: the naive reads only at small ones, the streaming read only at large ones.</summary>
    /// <param name="methodName">The benchmark method.</param>
    /// <param name="records">The table size.</param>
    public static bool RunsAt(string methodName, int records) => methodName == nameof(StreamRecords)
        ? records >= BenchmarkSizes.StreamReadRecordsMin
        : records <= BenchmarkSizes.NaiveReadRecordsMax;

    /// <summary>Builds the table and a client over it, with default options.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _table = new RecordTableHandler(Records, BenchmarkSizes.BulkLatency);
        _clay = new ClayClient(new ClayClientOptions
        {
            BaseAddress = new Uri("https://clay.invalid/"),
            Session = ClaySession.FromCookie(ClayIds.SessionCookie),
            PrimaryHandler = _table,
        });
    }

    /// <summary>Disposes the client (and with it the table).</summary>
    [GlobalCleanup]
    public void Cleanup() => _clay.Dispose();

    /// <summary>
    /// The naive way, and the one the Speedup/record column compares with (not BenchmarkDotNet's
    /// baseline, whose ratios cannot span table sizes): the view's ids, then one <c>GET records/{id}</c>
    /// per record, one after the other.
    /// </summary>
    [Benchmark]
    public async Task<long> GetRecordOneByOne()
    {
        long cells = 0;
        var read = 0;
        foreach (var id in await _clay.Tables.GetRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false))
        {
            cells += Cells(await _clay.Tables.GetRecordAsync(ClayIds.TableId, id).ConfigureAwait(false));
            read++;
        }

        return Check(read, cells);
    }

    /// <summary>The naive way with the streaming read's concurrency: one <c>GET records/{id}</c> per record, 4 at a time.</summary>
    [Benchmark]
    public async Task<long> GetRecordFourAtATime()
    {
        long cells = 0;
        var read = 0;
        var ids = await _clay.Tables.GetRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, cancellationToken) =>
        {
            var record = await _clay.Tables.GetRecordAsync(ClayIds.TableId, id, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref cells, Cells(record));
            Interlocked.Increment(ref read);
        }).ConfigureAwait(false);
        return Check(read, cells);
    }

    /// <summary>ClayGen's streaming read with its defaults: records in the view's order, none kept.</summary>
    [Benchmark]
    public async Task<long> StreamRecords()
    {
        long cells = 0;
        var read = 0;
        string? last = null;
        await foreach (var record in _clay.Tables.StreamRecordsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false))
        {
            cells += Cells(record);
            read++;
            last = record.Id;
        }

        return last == CannedBodies.RecordId(Records - 1)
            ? Check(read, cells)
            : throw new InvalidOperationException($"The last record was {last}, expected {CannedBodies.RecordId(Records - 1)}: the order was not kept.");
    }

    // Touches every record's cells, as a reader would, so none of the parsing can be skipped.
    private static int Cells(Record record) => record.Cells?.Count ?? 0;

    private long Check(int read, long cells) =>
        read == Records && cells == 4L * Records
            ? cells
            : throw new InvalidOperationException($"Read {read} records with {cells} cells, expected {Records} with {4L * Records}.");
}
