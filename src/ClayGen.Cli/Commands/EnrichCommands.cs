using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay enrich run</c> (tag: Tables).</summary>
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
        var run = new Command("run", "Run enrichment columns on rows (\"Run an enrichment column\"). Spends credits; never retried once sent.")
        {
            table, fields, view, top, records, wholeView, force,
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

            RunRecords target = recordIds.Count > 0
                ? RunRecords.ForRecords(recordIds)
                : ctx.Get(top) is { } count
                    ? RunRecords.TopOfView(await ctx.ViewIdAsync(clay, tableId, ctx.Get(view)), count)
                    : RunRecords.WholeView(await ctx.ViewIdAsync(clay, tableId, ctx.Get(view)));
            var result = await clay.Tables.RunEnrichmentAsync(tableId, fieldIds, target, ctx.Get(force), ctx.CancellationToken);
            ctx.Output(
                result,
                $"Enrichment of {string.Join(", ", fieldIds.Select(Markup.Escape))} started on {result.RecordCount?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "?"} row(s) of {Markup.Escape(tableId)}" +
                (result.RunMode is null ? "." : $" (mode {Markup.Escape(result.RunMode)})."));
            return CliExitCodes.Success;
        });
        return new Command("enrich", "Enrichment runs.") { run };
    }
}
