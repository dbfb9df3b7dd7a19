using System.Diagnostics;
using System.Globalization;

namespace ClayGen.Benchmarks.PerCall;

/// <summary>
/// A cross-check of the per-call time ratios for a shared, busy machine (<c>--paired [rounds]</c>).
/// BenchmarkDotNet measures one method after the other, so when the host's load changes between two
/// methods their ratio moves with it (±30 % here). This check runs the same in-memory calls as
/// <see cref="InMemoryPerCallBenchmarks"/> in short blocks, every client once per round in a shuffled
/// order, and reports for each client the median over rounds of its time divided by the floor's time
/// in the same round: load that changes slower than a round cancels out of each ratio. Allocations are
/// BenchmarkDotNet's to report; this only times.
/// </summary>
public static class PairedPerCallCheck
{
    private static readonly string[] Clients = ["HandWritten", "ClayGen", "ClayGenBare", "Refit"];

    /// <summary>Runs the check and prints a Markdown table.</summary>
    /// <param name="output">Where the table goes.</param>
    /// <param name="rounds">How many rounds (each runs every client of every shape once).</param>
    public static async Task RunAsync(TextWriter output, int rounds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var calls = new InMemoryPerCallBenchmarks();
        await calls.SetupAsync().ConfigureAwait(false);
        try
        {
            // Calls per block, about 1 to 2 ms each on a quiet machine: long enough to time, short enough
            // that the load rarely changes within a round.
            var shapes = new (string Name, int Calls, Func<Task>[] Clients)[]
            {
                ("CountRows", 400, [calls.CountRows_HandWritten, calls.CountRows_ClayGen, calls.CountRows_ClayGenBare, calls.CountRows_Refit]),
                ("Resources", 4, [calls.Resources_HandWritten, calls.Resources_ClayGen, calls.Resources_ClayGenBare, calls.Resources_Refit]),
                ("CreditReport", 2, [calls.CreditReport_HandWritten, calls.CreditReport_ClayGen, calls.CreditReport_ClayGenBare, calls.CreditReport_Refit]),
            };

            var blocks = shapes.SelectMany((shape, s) => shape.Clients.Select((call, c) => (Shape: s, Client: c, shape.Calls, Call: call))).ToArray();
            var times = new double[shapes.Length, Clients.Length, rounds];

            // Warm-up: JIT, tiering and pools settle before anything is timed.
            for (var i = 0; i < 200; i++)
            {
                foreach (var block in blocks)
                {
                    await block.Call().ConfigureAwait(false);
                }
            }

            var shuffle = new Random(20261202);
            for (var round = 0; round < rounds; round++)
            {
                shuffle.Shuffle(blocks);
                foreach (var block in blocks)
                {
                    var started = Stopwatch.GetTimestamp();
                    for (var i = 0; i < block.Calls; i++)
                    {
                        await block.Call().ConfigureAwait(false);
                    }

                    times[block.Shape, block.Client, round] = Stopwatch.GetElapsedTime(started).TotalMicroseconds / block.Calls;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Paired per-call check: {rounds} rounds, in memory; median time per call, and median of the per-round ratio to the floor."));
            output.WriteLine();
            output.WriteLine("| Shape | Client | Median time | Paired ratio to floor |");
            output.WriteLine("|---|---|---:|---:|");
            for (var s = 0; s < shapes.Length; s++)
            {
                for (var c = 0; c < Clients.Length; c++)
                {
                    var own = Enumerable.Range(0, rounds).Select(r => times[s, c, r]).ToArray();
                    var ratios = Enumerable.Range(0, rounds).Select(r => times[s, c, r] / times[s, 0, r]).ToArray();
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {shapes[s].Name} | {Clients[c]} | {Median(own):F2} us | {Median(ratios):F3} |"));
                }
            }
        }
        finally
        {
            await calls.CleanupAsync().ConfigureAwait(false);
        }
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
