using System.CommandLine;
using System.Globalization;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay records export</c>: a table or view to a CSV (Clay's export job) or JSON Lines file (the records streamed).</summary>
internal static class RecordExportCommand
{
    public static Command Create(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var view = new Option<string?>("--view") { Description = "Only this view's rows, with its filters (gv_...); default: every row of the table (csv) or the first view (jsonl)." };
        var format = new Option<string?>("--format") { Description = "csv (Clay's export: enrichment columns hold their preview) or jsonl (every record with its cells); default: from --out's extension, else csv." };
        var output = new Option<string>("--out", "-o") { Description = "The file to write (replaced if it exists; written whole or not at all).", Required = true };
        var export = new Command("export", "Export a table or view to a CSV or JSON Lines file, with a progress bar.") { table, view, format, output };
        app.Bind(export, async ctx =>
        {
            var path = ctx.Get(output)!;
            var kind = Format(ctx.Get(format), path);
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay records export <table-id> --format csv --out rows.csv");
            var viewId = string.IsNullOrWhiteSpace(ctx.Get(view)) ? null : ctx.Get(view);
            return kind == "csv" ? await ExportCsvAsync(ctx, clay, tableId, viewId, path) : await ExportJsonlAsync(ctx, clay, tableId, viewId, path);
        });
        return export;
    }

    private static string Format(string? given, string path)
    {
        var format = (given ?? Path.GetExtension(path).TrimStart('.')).Trim().ToLowerInvariant();
        return format switch
        {
            "jsonl" or "ndjson" => "jsonl",
            "csv" => "csv",
            _ when given is null => "csv",
            _ => throw new CliUsageException($"--format '{given}': use csv or jsonl."),
        };
    }

    private static async Task<int> ExportCsvAsync(CliContext ctx, ClayClient clay, string tableId, string? viewId, string path)
    {
        var job = await CliProgress.RunAsync(ctx, $"Exporting {tableId}", task => clay.Exports.ExportToFileAsync(tableId, viewId, path, new ExportOptions
        {
            Progress = task is null ? null : new SyncProgress<ExportProgress>(p =>
            {
                // Clay's job counts rows while it writes the file; the download then runs to the end.
                if (p.Downloaded > 0)
                {
                    task.Value = task.MaxValue;
                }
                else if (p.Job.TotalRecordsInViewCount is > 0 and var total)
                {
                    task.Value = Math.Min(1, (double)(p.Job.RecordsExportedCount ?? 0) / total);
                }
            }),
        }, ctx.CancellationToken));
        var bytes = new FileInfo(path).Length;
        ctx.Output(
            new { tableId, viewId, format = "csv", path, jobId = job.Id, records = job.RecordsExportedCount, bytes },
            $"Exported {(job.RecordsExportedCount is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) + " rows of " : string.Empty)}{Markup.Escape(tableId)} " +
            $"to {Markup.Escape(path)} ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, export job {Markup.Escape(job.Id)}).");
        return CliExitCodes.Success;
    }

    private static async Task<int> ExportJsonlAsync(CliContext ctx, ClayClient clay, string tableId, string? viewId, string path)
    {
        var partial = path + ".partial";
        var count = await CliProgress.RunAsync(ctx, $"Exporting {tableId}", async task =>
        {
            if (task is not null)
            {
                // The table's row count: a view may hold fewer, so the bar can end early, never overshoot.
                task.MaxValue = Math.Max(1, (await clay.Tables.CountRowsAsync(tableId, ctx.CancellationToken)).Total ?? 1);
            }

            long written = 0;
            try
            {
                await using (var writer = new StreamWriter(partial, append: false, new System.Text.UTF8Encoding(false)))
                {
                    await foreach (var record in clay.Tables.StreamRecordsAsync(tableId, viewId, cancellationToken: ctx.CancellationToken))
                    {
                        await writer.WriteLineAsync(CliJson.SerializeLine(record));
                        written++;
                        task?.Increment(1);
                    }
                }

                File.Move(partial, path, overwrite: true);
            }
            catch
            {
                File.Delete(partial);
                throw;
            }

            return written;
        });
        ctx.Output(
            new { tableId, viewId, format = "jsonl", path, records = count },
            $"Exported {count.ToString("N0", CultureInfo.InvariantCulture)} rows of {Markup.Escape(tableId)} to {Markup.Escape(path)} (one JSON record per line).");
        return CliExitCodes.Success;
    }
}
