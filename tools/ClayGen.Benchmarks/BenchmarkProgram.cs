using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ClayGen.Benchmarks.Build;
using ClayGen.Benchmarks.Fixtures;
using ClayGen.Benchmarks.PerCall;
using ClayGen.Benchmarks.RecordIds;
using ClayGen.Benchmarks.RecordRead;

namespace ClayGen.Benchmarks;

/// <summary>
/// The entry point: BenchmarkDotNet's switcher (<c>--filter</c>, <c>--job</c>, ...) plus options of
/// ours: <c>--smoke</c> (also implied by <c>--job dry</c>) shrinks the large workloads,
/// <c>--memory-probe</c> prints the live heap while reading a million record ids,
/// <c>--record-memory-probe [records ...]</c> the memory of streaming records back as the table grows, and
/// <c>--paired [rounds]</c> cross-checks the per-call time ratios with interleaved rounds.
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>Runs the benchmarks; returns 1 when a benchmark failed, none ran, or validation failed, so CI notices.</summary>
    /// <param name="args">The command line.</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var arguments = args.ToList();
        if (arguments.Remove("--smoke") || IsDryJob(arguments))
        {
            // Inherited by the child processes BenchmarkDotNet starts, so they shrink their workloads too.
            Environment.SetEnvironmentVariable(BenchmarkSizes.SmokeVariable, "1");
        }

        try
        {
            Environment.SetEnvironmentVariable(RepositoryRoot.Variable, RepositoryRoot.Find());
        }
        catch (DirectoryNotFoundException)
        {
            // Only the build benchmarks need it; they report the problem themselves.
        }

        if (arguments.Remove("--memory-probe"))
        {
            RecordIdMemoryProbe.RunAsync(Console.Out).GetAwaiter().GetResult();
            return 0;
        }

        var paired = arguments.IndexOf("--paired");
        if (paired >= 0)
        {
            var rounds = paired + 1 < arguments.Count && int.TryParse(arguments[paired + 1], System.Globalization.CultureInfo.InvariantCulture, out var given) ? given : 100;
            PairedPerCallCheck.RunAsync(Console.Out, rounds).GetAwaiter().GetResult();
            return 0;
        }

        var recordProbe = arguments.IndexOf("--record-memory-probe");
        if (recordProbe >= 0)
        {
            var sizes = arguments.Skip(recordProbe + 1).TakeWhile(a => !a.StartsWith('-')).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            RecordReadMemoryProbe.RunAsync(Console.Out, sizes).GetAwaiter().GetResult();
            return 0;
        }

        var config = ManualConfig.Create(DefaultConfig.Instance);
        if (BenchmarkSizes.Smoke && !NamesBuild(arguments))
        {
            // Build timings shell out to dotnet build (about 40 s even once each): a smoke run skips them unless the filter names them.
            Console.WriteLine("Smoke mode: BuildBenchmarks skipped (run them with --filter *Build*).");
            config.AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(BuildBenchmarks)));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run([.. arguments], config).ToList();
        if (summaries.Count == 0 && arguments.Exists(a => a is "--filter" or "-f") && !arguments.Exists(a => a is "--list" or "--help" or "-h"))
        {
            Console.Error.WriteLine("The filter matched no benchmark.");
            return 1;
        }

        return Failed(summaries) ? 1 : 0;
    }

    private static bool IsDryJob(List<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if ((argument is "--job" or "-j") && i + 1 < arguments.Count && arguments[i + 1].Equals("dry", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (argument.Equals("--job=dry", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesBuild(List<string> arguments)
    {
        var index = arguments.FindIndex(a => a is "--filter" or "-f");
        return index >= 0 && arguments.Skip(index + 1).TakeWhile(a => !a.StartsWith('-')).Any(a => a.Contains("Build", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Failed(List<Summary> summaries)
    {
        var failed = false;
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                Console.Error.WriteLine($"{summary.Title}: critical validation errors.");
                failed = true;
            }

            foreach (var report in summary.Reports.Where(r => !r.Success))
            {
                Console.Error.WriteLine($"{report.BenchmarkCase.DisplayInfo}: failed.");
                failed = true;
            }
        }

        return failed;
    }
}
