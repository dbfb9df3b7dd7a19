using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay tables ...</c> (tag: Tables).</summary>
internal static class TableCommands
{
    public static Argument<string?> TableArgument() => new("table-id")
    {
        Description = "The table (t_...); with --sandbox, the sandbox's table when left out.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create(CliApp app)
    {
        var getTable = TableArgument();
        var get = new Command("get", "Show a table's fields and views (the view ids other commands need).") { getTable };
        app.Bind(get, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(getTable), "clay tables get <table-id>");
            var table = (await clay.Tables.GetTableAsync(tableId, ctx.CancellationToken)).Table ?? new Table { Id = tableId };
            ctx.Output(table, () => Render(table));
            return CliExitCodes.Success;
        });

        var countTable = TableArgument();
        var count = new Command("count", "Count a table's rows (\"Count number of rows in a Table\").") { countTable };
        app.Bind(count, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(countTable), "clay tables count <table-id>");
            var rows = (await clay.Tables.CountRowsAsync(tableId, ctx.CancellationToken)).Total ?? 0;
            ctx.Output(new { tableId, count = rows }, $"{Markup.Escape(tableId)} has {rows:N0} row{(rows == 1 ? string.Empty : "s")}.");
            return CliExitCodes.Success;
        });

        var renameTable = TableArgument();
        var name = new Option<string>("--name") { Description = "The new name.", Required = true };
        var rename = new Command("rename", "Rename a table.") { renameTable, name };
        app.Bind(rename, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(renameTable), "clay tables rename <table-id> --name <name>");
            var updated = await clay.Tables.RenameTableAsync(tableId, ctx.Get(name)!, ctx.CancellationToken);
            ctx.Output(updated.Table, $"Renamed {Markup.Escape(tableId)} to \"{Markup.Escape(updated.Table?.Name ?? ctx.Get(name)!)}\".");
            return CliExitCodes.Success;
        });

        return new Command("tables", "Tables.") { get, count, rename };
    }

    private static IRenderable Render(Table table)
    {
        var fields = CliTable.Create("Field id", "Name", "Type");
        foreach (var field in table.Fields ?? [])
        {
            fields.AddValues(field.Id, field.Name, field.Type);
        }

        var views = CliTable.Create("View id", "Name");
        foreach (var view in table.Views ?? [])
        {
            views.AddValues(view.Id, view.Name);
        }

        var heading = new Markup(
            $"[bold]{Markup.Escape(table.Id ?? "?")}[/] \"{Markup.Escape(table.Name ?? string.Empty)}\"" +
            $" (workbook {Markup.Escape(table.WorkbookId ?? "none")}, workspace {table.WorkspaceId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})");
        return new Rows(heading, fields, views);
    }
}
