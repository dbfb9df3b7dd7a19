using BenchmarkDotNet.Attributes;
using ClayGen.Benchmarks.Fixtures;
using ClayGen.Benchmarks.Reporting;
using ClayGen.Sandbox;

namespace ClayGen.Benchmarks.Bulk;

/// <summary>
/// Adding rows to the sandbox with 20 ms of latency per request: ClayGen's batching, concurrent
/// <see cref="ITablesClient.AddRecordsInBatchesAsync"/> (100,000 rows, default options: batches of 100,
/// 4 in flight) against one request per row (the baseline, on a slice of 200 rows, since 100,000 of them
/// would take more than half an hour). Mean is per invocation; the Time/row and Speedup/row columns scale
/// both to one row.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRowConfig))]
public class BulkAddBenchmarks
{
    private ClaySandbox _sandbox = null!;
    private ClayClient _clay = null!;
    private IReadOnlyDictionary<string, object?>[] _rows = [];

    /// <summary>The rows a benchmark method sends in one invocation.</summary>
    /// <param name="methodName">The benchmark method.</param>
    public static int RowsFor(string methodName) =>
        methodName == nameof(OneRequestPerRow) ? BenchmarkSizes.NaiveRows : BenchmarkSizes.BulkRows;

    /// <summary>Starts the sandbox with 20 ms of latency and builds the rows.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sandbox = await ClaySandbox.StartAsync(new ClaySandboxOptions { Latency = BenchmarkSizes.BulkLatency }).ConfigureAwait(false);
        _clay = new ClayClient(new ClayClientOptions { BaseAddress = _sandbox.BaseAddress, Session = ClaySession.FromCookie(_sandbox.Session) });
        var fields = _sandbox.FieldIds;
        _rows = [.. Enumerable.Range(0, Math.Max(BenchmarkSizes.BulkRows, BenchmarkSizes.NaiveRows)).Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            [fields[0]] = "Acme " + i,
            [fields[1]] = "acme" + i + ".example",
            [fields[2]] = i % 5000,
        })];
    }

    /// <summary>Empties the table, so every invocation starts from the same state.</summary>
    [IterationSetup]
    public void EmptyTable() =>
        _clay.Tables.DeleteAllRecordsAsync(_sandbox.TableId, _sandbox.ViewId).GetAwaiter().GetResult();

    /// <summary>Stops the sandbox.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _clay.Dispose();
        await _sandbox.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The naive way: one <c>POST records</c> per row, one after the other.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> OneRequestPerRow()
    {
        var rows = RowsFor(nameof(OneRequestPerRow));
        for (var i = 0; i < rows; i++)
        {
            await _clay.Tables.AddRecordsAsync(_sandbox.TableId, [_rows[i]]).ConfigureAwait(false);
        }

        return Check(rows);
    }

    /// <summary>ClayGen's bulk add with its default batch size and concurrency.</summary>
    [Benchmark]
    public async Task<int> AddRecordsInBatches()
    {
        var rows = RowsFor(nameof(AddRecordsInBatches));
        var result = await _clay.Tables.AddRecordsInBatchesAsync(_sandbox.TableId, _rows.Take(rows).ToAsyncEnumerable()).ConfigureAwait(false);
        return result.RowsAdded == rows && result.FailedBatches.Count == 0
            ? Check(rows)
            : throw new InvalidOperationException($"Added {result.RowsAdded} of {rows} rows; {result.FailedBatches.Count} batches failed.");
    }

    private int Check(int rows)
    {
        var inTable = _sandbox.TotalRecordCount(_sandbox.TableId);
        return inTable == rows ? rows : throw new InvalidOperationException($"The table holds {inTable} rows, expected {rows}.");
    }
}
