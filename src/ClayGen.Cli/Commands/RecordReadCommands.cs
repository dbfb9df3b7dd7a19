using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Newtonsoft.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay records list</c> and <c>clay records get</c>: reading rows back with their cells.</summary>
internal static class RecordReadCommands
{
    public static Command CreateList(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var view = new Option<string?>("--view") { Description = "The view (gv_...); default: the table's first view." };
        var limit = new Option<int?>("--limit") { Description = "Stop after this many rows." };
        var list = new Command("list", "Stream a view's rows with their cells: a table, or with --json one JSON record per line (JSON Lines).") { table, view, limit };
        app.Bind(list, async ctx =>
        {
            if (ctx.Get(limit) is <= 0)
            {
                throw new CliUsageException("--limit must be at least 1.");
            }

            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay records list <table-id> [--view gv_...] [--limit N]");
            var info = (await clay.Tables.GetTableAsync(tableId, ctx.CancellationToken)).Table ?? new Table { Id = tableId };
            var viewId = string.IsNullOrWhiteSpace(ctx.Get(view)) ? info.DefaultViewId : ctx.Get(view);
            var fields = info.Fields ?? [];
            var max = ctx.Get(limit) ?? int.MaxValue;

            var rows = CliTable.Create(["Record id", .. fields.Select(f => f.Name)]);
            var count = 0;
            await foreach (var record in clay.Tables.StreamRecordsAsync(tableId, viewId, cancellationToken: ctx.CancellationToken))
            {
                if (count++ >= max)
                {
                    break;
                }

                if (ctx.Json)
                {
                    ctx.Environment.Out.WriteLine(CliJson.SerializeLine(record));
                }
                else
                {
                    rows.AddValues([record.Id, .. fields.Select(f => CellText(record.GetCell(f.Id)))]);
                }
            }

            if (!ctx.Json)
            {
                ctx.Console.Write(count == 0 ? new Markup($"[grey]No rows in {Markup.Escape(tableId)}.[/]\n") : rows);
            }

            return CliExitCodes.Success;
        });
        return list;
    }

    public static Command CreateGet(CliApp app)
    {
        var ids = new Argument<string[]>("ids") { Description = "[table-id] record-id: the table may be left out with --sandbox.", Arity = new ArgumentArity(1, 2) };
        var get = new Command("get", "Show one row: each cell's value, enrichment status and full enrichment output.") { ids };
        app.Bind(get, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var (tableId, recordIds) = RecordCommands.SplitTableAndRecords(ctx, ctx.Get(ids) ?? [], "clay records get <table-id> <record-id>");
            if (recordIds.Count != 1)
            {
                throw new CliUsageException("Give one record id: clay records get <table-id> <record-id>");
            }

            var record = await clay.Tables.GetRecordAsync(tableId, recordIds[0], ctx.CancellationToken);
            if (ctx.Json)
            {
                ctx.WriteJson(record);
                return CliExitCodes.Success;
            }

            var fields = (await clay.Tables.GetTableAsync(tableId, ctx.CancellationToken)).Table?.Fields ?? [];
            ctx.Console.Write(Render(record, fields));
            return CliExitCodes.Success;
        });
        return get;
    }

    private static IRenderable Render(Record record, List<TableField> fields)
    {
        var cells = CliTable.Create("Field id", "Name", "Status", "Value", "Full value");
        var names = fields.ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal);

        // The table's order first, then any cell of a field the table no longer lists.
        var fieldIds = fields.Select(f => f.Id).Concat((record.Cells?.Keys ?? []).Where(id => !names.ContainsKey(id)));
        foreach (var fieldId in fieldIds)
        {
            var cell = record.GetCell(fieldId);
            cells.AddValues(fieldId, names.GetValueOrDefault(fieldId), cell.Status, cell.Value is null ? null : cell.AsText(), cell.FullValue?.ToString(Formatting.None));
        }

        return new Rows(new Markup($"[bold]{Markup.Escape(record.Id)}[/] (updated {record.UpdatedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "?"})"), cells);
    }

    /// <summary>A cell as text; an enrichment cell that did not succeed shows its status instead.</summary>
    private static string? CellText(ClayCell cell) =>
        cell.Status is { } status && !status.StartsWith("SUCCESS", StringComparison.Ordinal) ? $"[{status}]" : cell.AsText();
}
