using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using System.Globalization;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay enrich run [--wait]</c> (tag: Tables).</summary>
internal static class EnrichCommands
{
    public static Command Create(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var fields = new Option<string[]>("--field") { Description = "The enrichment field(s) to run (f_...); with --sandbox, its action field when left out." };
        var view = new Option<string?>("--view") { Description = "The view (gv_...); default: the table's first view." };
        var top = new Option<int?>("--top") { Description = "Run the first N rows of the view." };
        var records = new Option<string[]>("--records") { Description = "Run these rows (r_...), comma-separated or repeated." };
        var wholeView = new Option<bool>("--whole-view") { Description = "Run every row of the view." };
        var force = new Option<bool>("--force") { Description = "Run cells that already have a value too." };
        var wait = new Option<bool>("--wait") { Description = "Then wait until no cell of the run is queued, pending or running, and report each status; exit code 1 if any cell failed." };
        var timeout = new Option<string?>("--timeout") { Description = "With --wait: how long to wait (90s, 10m, 1h; default 10m). The run goes on at Clay after it." };
        var run = new Command("run", "Run enrichment columns on rows (\"Run an enrichment column\"). Spends credits; never retried once sent.")
        {
            table, fields, view, top, records, wholeView, force, wait, timeout,
        };
        app.Bind(run, async ctx =>
        {
            var recordIds = CliValues.SplitIds(ctx.Get(records));
            var choices = (ctx.Get(top) is not null ? 1 : 0) + (recordIds.Count > 0 ? 1 : 0) + (ctx.Get(wholeView) ? 1 : 0);
            if (choices != 1)
            {
                throw new CliUsageException("Choose which rows to run (runs spend credits): --top N, --records r_1,r_2 or --whole-view.");
            }

            if (ctx.Get(top) is <= 0)
            {
                throw new CliUsageException("--top must be at least 1.");
            }

            if (ctx.Get(timeout) is not null && !ctx.Get(wait))
            {
                throw new CliUsageException("--timeout is how long --wait waits: add --wait.");
            }

            var waitFor = ctx.Get(timeout) is { } text ? CliValues.ParseDuration(text, "--timeout") : (TimeSpan?)null;

            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay enrich run <table-id> --field f_... --top 10");
            var fieldIds = CliValues.SplitIds(ctx.Get(fields));
            if (fieldIds.Count == 0 && ctx.Sandbox is { } sandbox && tableId == sandbox.TableId)
            {
                fieldIds.Add(sandbox.FieldIds[^1]);
            }

            if (fieldIds.Count == 0)
            {
                throw new CliUsageException("Missing --field: the enrichment column(s) to run (f_...; `clay tables get` lists them).");
            }

            var viewId = recordIds.Count > 0 ? null : await ctx.ViewIdAsync(clay, tableId, ctx.Get(view));
            RunRecords target = recordIds.Count > 0
                ? RunRecords.ForRecords(recordIds)
                : ctx.Get(top) is { } count
                    ? RunRecords.TopOfView(viewId!, count)
                    : RunRecords.WholeView(viewId!);
            var result = await clay.Tables.RunEnrichmentAsync(tableId, fieldIds, target, ctx.Get(force), ctx.CancellationToken);
            var started =
                $"Enrichment of {string.Join(", ", fieldIds.Select(Markup.Escape))} started on {result.RecordCount?.ToString("N0", CultureInfo.InvariantCulture) ?? "?"} row(s) of {Markup.Escape(tableId)}" +
                (result.RunMode is null ? "." : $" (mode {Markup.Escape(result.RunMode)}).");
            if (!ctx.Get(wait))
            {
                ctx.Output(result, started);
                return CliExitCodes.Success;
            }

            if (!ctx.Json)
            {
                ctx.Console.MarkupLine(started);
            }

            // The rows of the run: --top names none, so its first N ids are read once, as Clay picked them.
            if (ctx.Get(top) is { } topCount)
            {
                recordIds = [];
                await foreach (var id in clay.Tables.StreamRecordIdsAsync(tableId, viewId!, ctx.CancellationToken))
                {
                    if (recordIds.Count == topCount)
                    {
                        break;
                    }

                    recordIds.Add(id);
                }
            }

            var outcome = await EnrichmentWait.WaitAsync(ctx, clay, tableId, fieldIds, recordIds.Count > 0 ? recordIds : null, viewId, waitFor);
            return EnrichmentWait.Report(ctx, result, outcome);
        });
        return new Command("enrich", "Enrichment runs.") { run };
    }
}
