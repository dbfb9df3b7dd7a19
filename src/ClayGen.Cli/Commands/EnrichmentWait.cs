using System.Globalization;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary>
/// <c>clay enrich run --wait</c>: waits for the run's cells with a progress bar and reports counts per status
/// and the rows that failed. The exit code is 1 when any cell failed (an <c>ERROR_*</c> status such as out of
/// credits), ended in a status ClayGen does not know, or a row of the run is gone: credits were spent on a
/// result the script should look at. Skipped cells (run condition not met) and successes without data exit 0.
/// </summary>
internal static class EnrichmentWait
{
    private const int MaxListed = 20;

    public static Task<EnrichmentRunResult> WaitAsync(
        CliContext ctx, ClayClient clay, string tableId, IReadOnlyList<string> fieldIds, IReadOnlyList<string>? recordIds, string? viewId, TimeSpan? timeout) =>
        CliProgress.RunAsync(ctx, $"Enriching {tableId}", task =>
        {
            var options = new EnrichmentWaitOptions
            {
                Timeout = timeout ?? new EnrichmentWaitOptions().Timeout,
                Progress = task is null ? null : new SyncProgress<EnrichmentRunResult>(r =>
                    task.Value = r.Cells == 0 ? 0 : (double)(r.Cells - r.InProgress) / r.Cells),
            };
            return recordIds is not null
                ? clay.Tables.WaitForEnrichmentAsync(tableId, fieldIds, recordIds, options, ctx.CancellationToken)
                : clay.Tables.WaitForEnrichmentAsync(tableId, fieldIds, viewId!, options, ctx.CancellationToken);
        });

    public static int Report(CliContext ctx, RunEnrichmentResponse run, EnrichmentRunResult result)
    {
        var failed = IsFailure(result);
        if (ctx.Json)
        {
            ctx.WriteJson(new
            {
                run,
                wait = new
                {
                    complete = result.IsComplete,
                    allSucceeded = result.AllSucceeded,
                    cells = result.Cells,
                    succeeded = result.Succeeded,
                    failed = result.Failed,
                    countsByStatus = result.CountsByStatus,
                    countsByOutcome = result.CountsByOutcome.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal),
                    unsuccessfulCells = result.UnsuccessfulCells.Select(c => new { recordId = c.RecordId, fieldId = c.FieldId, status = c.Status, outcome = c.Outcome.ToString(), error = c.Error }),
                    failedRecordIds = result.FailedRecordIds,
                    missingRecordIds = result.MissingRecordIds,
                    elapsedSeconds = Math.Round(result.Elapsed.TotalSeconds, 3),
                },
            });
            return failed ? CliExitCodes.Failure : CliExitCodes.Success;
        }

        var statuses = CliTable.Create("Status", "Cells");
        foreach (var (status, count) in result.CountsByStatus.OrderByDescending(s => s.Value))
        {
            statuses.AddValues(status, count);
        }

        ctx.Console.Write(statuses);
        var unsuccessful = result.UnsuccessfulCells;
        if (unsuccessful.Count > 0)
        {
            var rows = CliTable.Create("Record id", "Field id", "Status", "Error");
            foreach (var cell in unsuccessful.Take(MaxListed))
            {
                rows.AddValues(cell.RecordId, cell.FieldId, cell.Status, cell.Error);
            }

            ctx.Console.Write(rows);
            if (unsuccessful.Count > MaxListed)
            {
                ctx.Console.MarkupLine($"[grey]... and {unsuccessful.Count - MaxListed} more (--json lists every one).[/]");
            }
        }

        if (result.MissingRecordIds.Count > 0)
        {
            ctx.Warn($"{result.MissingRecordIds.Count} row(s) of the run are gone from the table: {string.Join(", ", result.MissingRecordIds.Take(MaxListed))}.");
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        ctx.Console.MarkupLine(failed
            ? $"[red]Done with failures[/]: {Markup.Escape(result.ToString())} in {seconds} s; failed rows: {Markup.Escape(string.Join(", ", result.FailedRecordIds.Take(MaxListed)))}."
            : $"[green]Done[/]: {Markup.Escape(result.ToString())} in {seconds} s.");
        return failed ? CliExitCodes.Failure : CliExitCodes.Success;
    }

    private static bool IsFailure(EnrichmentRunResult result) =>
        result.Failed > 0 || result.CountsByOutcome[EnrichmentOutcome.Unknown] > 0 || result.MissingRecordIds.Count > 0;
}
