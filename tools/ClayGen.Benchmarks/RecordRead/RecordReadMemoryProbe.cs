using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ClayGen.Benchmarks.Fixtures;

namespace ClayGen.Benchmarks.RecordRead;

/// <summary>
/// Shows what BenchmarkDotNet's Allocated column cannot: that <see cref="ITablesClient.StreamRecordsAsync"/>
/// holds the same memory whatever the table's size. For each size, in increasing order, in one process,
/// over the same in-memory table with 20 ms of latency: one pass samples the GC heap
/// (<see cref="GC.GetTotalMemory"/> without a collection, garbage included) every 100 records and counts
/// the bytes allocated and the gen 2 collections; a second pass measures the live heap after a full
/// collection at 10 checkpoints; the process's peak working set is read after both (it only grows, so
/// run one size per process to see each size's own). Last, for contrast, the live heap held by the same
/// read kept in a list.
/// </summary>
public static class RecordReadMemoryProbe
{
    /// <summary>Runs the probe and prints a Markdown table.</summary>
    /// <param name="output">Where the table goes.</param>
    /// <param name="sizes">The table sizes, in the order to run them; <see cref="BenchmarkSizes.ProbeRecords"/> when empty. One size per process gives each its own peak working set.</param>
    public static async Task RunAsync(TextWriter output, IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count == 0)
        {
            sizes = BenchmarkSizes.ProbeRecords;
        }

        if (sizes.Any(size => size < 10))
        {
            throw new ArgumentOutOfRangeException(nameof(sizes), "Every table size must be at least 10 records (one checkpoint per tenth).");
        }

        // Once first, so JIT, pools and the connection-less pipeline's first-call costs do not count.
        using (var warm = NewTable(1_000))
        {
            await StreamAsync(warm.Clay, 1_000, _ => { }).ConfigureAwait(false);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"StreamRecordsAsync over an in-memory table, {BenchmarkSizes.BulkLatency.TotalMilliseconds:N0} ms per request, defaults (batches of 300, 4 in flight); {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC"));
        output.WriteLine();
        output.WriteLine("| Records | Time/record | Allocated/record | Peak GC heap (sampled, garbage included) | Live heap held (max of 10 checkpoints) | Gen 2 GCs | Process peak working set |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var records in sizes)
        {
            using var table = NewTable(records);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gen2Before = GC.CollectionCount(2);
            long peak = 0;
            var clock = Stopwatch.StartNew();
            await StreamAsync(table.Clay, records, read =>
            {
                if (read % 100 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
                }
            }).ConfigureAwait(false);
            var elapsed = clock.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var gen2 = GC.CollectionCount(2) - gen2Before;

            before = GC.GetTotalMemory(forceFullCollection: true);
            long live = 0;
            await StreamAsync(table.Clay, records, read =>
            {
                if (read % (records / 10) == 0)
                {
                    live = Math.Max(live, GC.GetTotalMemory(forceFullCollection: true) - before);
                }
            }).ConfigureAwait(false);

            using var process = Process.GetCurrentProcess();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {records:N0} | {elapsed.TotalMilliseconds / records:N3} ms | {(double)allocated / records:N0} B | {Mib(peak)} | {Mib(live)} | {gen2} | {Mib(process.PeakWorkingSet64)} |"));
        }

        // The contrast: the same read, every record kept (what a buffered "get all records" holds).
        var largest = sizes[^1];
        using (var table = NewTable(largest))
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var all = await table.Clay.Tables.StreamRecordsAsync(ClayIds.TableId, ClayIds.ViewId).ToListAsync().ConfigureAwait(false);
            var held = GC.GetTotalMemory(forceFullCollection: true) - before;
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"For contrast, the same read kept in a list (`ToListAsync`): {all.Count:N0} records hold {Mib(held)} after a full collection."));
            GC.KeepAlive(all);
        }
    }

    private static async Task StreamAsync(ClayClient clay, int records, Action<int> afterEach)
    {
        var read = 0;
        await foreach (var record in clay.Tables.StreamRecordsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false))
        {
            if (record.Cells?.Count != 4)
            {
                throw new InvalidOperationException($"Record {record.Id} has {record.Cells?.Count} cells, expected 4.");
            }

            afterEach(++read);
        }

        if (read != records)
        {
            throw new InvalidOperationException($"Read {read} records, expected {records}.");
        }
    }

    private static Table NewTable(int records) => new(new ClayClient(new ClayClientOptions
    {
        BaseAddress = new Uri("https://clay.invalid/"),
        Session = ClaySession.FromCookie(ClayIds.SessionCookie),
        PrimaryHandler = new RecordTableHandler(records, BenchmarkSizes.BulkLatency),
    }));

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(bytes, 0) / 1_048_576.0:N2} MiB");

    private sealed record Table(ClayClient Clay) : IDisposable
    {
        public void Dispose() => Clay.Dispose();
    }
}
