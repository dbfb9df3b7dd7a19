using Spectre.Console;

namespace ClayGen.Cli.Infrastructure;

/// <summary>
/// A live progress bar for long waits (exports, enrichment runs, webhook sends), shown only to a person at
/// a terminal and never under <c>--json</c>, whose output a script reads.
/// </summary>
internal static class CliProgress
{
    /// <summary>Runs <paramref name="work"/> under a progress bar, or with <see langword="null"/> for the task when none is shown.</summary>
    public static async Task<T> RunAsync<T>(CliContext ctx, string description, Func<ProgressTask?, Task<T>> work)
    {
        if (!ctx.Environment.Interactive || ctx.Json)
        {
            return await work(null);
        }

        T result = default!;
        await ctx.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(description), maxValue: 1);
                result = await work(task);
                task.Value = task.MaxValue;
            });
        return result;
    }
}
