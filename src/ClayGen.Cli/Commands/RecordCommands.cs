using System.CommandLine;
using ClayGen.Cli.Import;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay records ...</c>: rows of a table (tag: Tables).</summary>
internal static class RecordCommands
{
    public static Command Create(CliApp app) =>
        new("records", "Rows of a table: list, read, add, update, delete, export, bulk import.")
        {
            CreateIds(app), RecordReadCommands.CreateList(app), RecordReadCommands.CreateGet(app), CreateAdd(app), CreateUpdate(app),
            CreateDelete(app), RecordExportCommand.Create(app), ImportCommand.Create(app),
        };

    private static Command CreateIds(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var view = new Option<string?>("--view") { Description = "The view (gv_...); default: the table's first view." };
        var ids = new Command("ids", "Print every record id of a view, one per line (\"Fetch all record ids in a table\").") { table, view };
        app.Bind(ids, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay records ids <table-id> [--view gv_...]");
            var viewId = await ctx.ViewIdAsync(clay, tableId, ctx.Get(view));
            var recordIds = new List<string>();
            await foreach (var id in clay.Tables.StreamRecordIdsAsync(tableId, viewId, ctx.CancellationToken))
            {
                if (ctx.Json)
                {
                    recordIds.Add(id);
                }
                else
                {
                    ctx.Environment.Out.WriteLine(id);
                }
            }

            if (ctx.Json)
            {
                ctx.WriteJson(new { tableId, viewId, count = recordIds.Count, recordIds });
            }

            return CliExitCodes.Success;
        });
        return ids;
    }

    private static Command CreateAdd(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var cells = new Option<string[]>("--cell")
        {
            Description = "A cell of the new row: f_abc=Acme (text) or f_abc:=42 (JSON: numbers, true, null). Repeat for each field.",
            Required = true,
        };
        var add = new Command("add", "Add a row (\"Add a row in the table\"). Not idempotent: running it twice adds two rows.") { table, cells };
        app.Bind(add, async ctx =>
        {
            var row = CliValues.ParseCells(ctx.Get(cells) ?? [], "--cell");
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay records add <table-id> --cell f_abc=Acme");
            var added = await clay.Tables.AddRecordsAsync(tableId, [row], ctx.CancellationToken);
            var ids = added.Records?.Select(r => r.Id).ToList() ?? [];
            ctx.Output(added.Records ?? [], $"Added {string.Join(", ", ids.Select(id => Markup.Escape(id ?? "?")))} to {Markup.Escape(tableId)}.");
            return CliExitCodes.Success;
        });
        return add;
    }

    private static Command CreateUpdate(CliApp app)
    {
        var ids = new Argument<string[]>("ids") { Description = "[table-id] record-id: the table may be left out with --sandbox.", Arity = new ArgumentArity(1, 2) };
        var cells = new Option<string[]>("--set", "--cell") { Description = "A new cell value: f_abc=Acme (text) or f_abc:=42 (JSON). Repeat for each field.", Required = true };
        var update = new Command("update", "Change cells of a row (Clay applies it asynchronously).") { ids, cells };
        app.Bind(update, async ctx =>
        {
            var row = CliValues.ParseCells(ctx.Get(cells) ?? [], "--set");
            var clay = await ctx.ClientAsync();
            var (tableId, recordIds) = SplitTableAndRecords(ctx, ctx.Get(ids) ?? [], "clay records update <table-id> <record-id> --set f_abc=Acme");
            if (recordIds.Count != 1)
            {
                throw new CliUsageException("Give one record id: clay records update <table-id> <record-id> --set f_abc=Acme");
            }

            // A null clears the cell: Clay's body takes JSON null as a value.
            var body = row.ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal);
            var answer = await clay.Tables.UpdateRecordAsync(tableId, recordIds[0], body, ctx.CancellationToken);
            ctx.Output(
                new { tableId, recordId = recordIds[0], cells = row, queued = true, message = answer.Message },
                $"Update of {Markup.Escape(recordIds[0])} queued (Clay applies it shortly).");
            return CliExitCodes.Success;
        });
        return update;
    }

    private static Command CreateDelete(CliApp app)
    {
        var ids = new Argument<string[]>("ids") { Description = "[table-id] record-id...: the rows to delete (r_...).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Delete every row of the view (\"Delete all rows from a table\")." };
        var view = new Option<string?>("--view") { Description = "With --all: the view (gv_...); default: the table's first view." };
        var keep = new Option<string[]>("--keep") { Description = "With --all: rows to keep (r_...)." };
        var delete = new Command("delete", "Delete rows by id, or every row with --all (\"Delete a row from the table\").") { ids, all, view, keep };
        app.Bind(delete, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var (tableId, recordIds) = SplitTableAndRecords(ctx, ctx.Get(ids) ?? [], "clay records delete <table-id> <record-id>... | --all");
            if (ctx.Get(all))
            {
                if (recordIds.Count > 0)
                {
                    throw new CliUsageException("Give record ids or --all, not both (keep rows with --keep).");
                }

                var viewId = await ctx.ViewIdAsync(clay, tableId, ctx.Get(view));
                await clay.Tables.DeleteAllRecordsAsync(tableId, viewId, CliValues.SplitIds(ctx.Get(keep)), ctx.CancellationToken);
                var left = (await clay.Tables.CountRowsAsync(tableId, ctx.CancellationToken)).Total ?? 0;
                ctx.Output(
                    new { tableId, viewId, deletedAll = true, rowsLeft = left },
                    $"Deleted every row of view {Markup.Escape(viewId)} in {Markup.Escape(tableId)}; {left:N0} left.");
                return CliExitCodes.Success;
            }

            if (recordIds.Count == 0)
            {
                throw new CliUsageException("Missing record ids: clay records delete <table-id> <record-id>... (or --all to delete every row).");
            }

            await clay.Tables.DeleteRecordsAsync(tableId, recordIds, ctx.CancellationToken);
            ctx.Output(
                new { tableId, deleted = recordIds },
                $"Deleted {recordIds.Count} row{(recordIds.Count == 1 ? string.Empty : "s")} from {Markup.Escape(tableId)}.");
            return CliExitCodes.Success;
        });
        return delete;
    }

    /// <summary>
    /// Splits <c>[table-id] record-id...</c>: the table may be left out with --sandbox, so a first id
    /// that is not a table (no t_ prefix, or an r_ record) is taken as a record.
    /// </summary>
    internal static (string TableId, List<string> RecordIds) SplitTableAndRecords(CliContext ctx, string[] ids, string usage)
    {
        var values = CliValues.SplitIds(ids);
        var hasTable = values.Count > 0 && !values[0].StartsWith("r_", StringComparison.Ordinal) && (!ctx.UseSandbox || values[0].StartsWith("t_", StringComparison.Ordinal));
        var tableId = ctx.TableId(hasTable ? values[0] : null, usage);
        return (tableId, hasTable ? values[1..] : values);
    }
}
