using System.Globalization;
using ClayGen.Benchmarks.Fixtures;

namespace ClayGen.Benchmarks.RecordIds;

/// <summary>
/// Shows what BenchmarkDotNet's Allocated column cannot: how much memory a read of every record id
/// holds. The buffered read is measured by what it returns (the list, alive after a full collection);
/// the streaming read by the live heap at checkpoints every 50,000 ids, each after a full collection.
/// </summary>
public static class RecordIdMemoryProbe
{
    /// <summary>Runs the probe over the in-memory transport and prints a Markdown table.</summary>
    /// <param name="output">Where the table goes.</param>
    public static async Task RunAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bodies = CannedBodies.Create(BenchmarkSizes.RecordIds);
        await using var clients = await ClientSet.CreateAsync(Transport.InMemory, bodies).ConfigureAwait(false);
        var tables = clients.ClayDefault.Tables;

        // Once each first, so JIT and pools do not count.
        _ = await tables.GetRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false);
        await foreach (var id in tables.StreamRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false))
        {
            _ = id;
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var list = await tables.GetRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false);
        var buffered = GC.GetTotalMemory(forceFullCollection: true) - before;
        var count = list.Count;
        GC.KeepAlive(list);
        list = null;

        before = GC.GetTotalMemory(forceFullCollection: true);
        long streamingMax = 0;
        var streamed = 0;
        await foreach (var id in tables.StreamRecordIdsAsync(ClayIds.TableId, ClayIds.ViewId).ConfigureAwait(false))
        {
            if (++streamed % 50_000 == 0 && id.Length > 0)
            {
                streamingMax = Math.Max(streamingMax, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Record ids: {bodies.RecordIdCount:N0} ({bodies.RecordIds.Length / 1_048_576.0:N1} MiB body), in-memory transport"));
        output.WriteLine();
        output.WriteLine("| Read | Ids | Live heap held |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| GetRecordIdsAsync (buffered), after it returns | {count:N0} | {Mib(buffered)} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| StreamRecordIdsAsync, max over checkpoints every 50,000 ids | {streamed:N0} | {Mib(streamingMax)} |"));
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(bytes, 0) / 1_048_576.0:N2} MiB");
}
