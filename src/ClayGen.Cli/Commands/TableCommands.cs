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

        return new Command("tables", "Tables: create, list, read, rename, delete.") { CreateCreate(app), CreateList(app), get, count, rename, CreateDelete(app) };
    }

    private static Command CreateCreate(CliApp app)
    {
        var name = new Argument<string>("name") { Description = "The table's name." };
        var workbook = new Option<string?>("--workbook") { Description = "The workbook (wb_...) to create it in; default: Clay creates a workbook for it." };
        var create = new Command("create", "Create a table with Clay's default views; prints its id and default view. Not idempotent.") { name, workbook };
        app.Bind(create, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var table = await clay.Tables.CreateTableAsync(ctx.WorkspaceId(), ctx.Get(name)!, ctx.Get(workbook), ctx.CancellationToken);
            ctx.Output(
                new { id = table.Id, name = table.Name, workbookId = table.WorkbookId, workspaceId = table.WorkspaceId, defaultViewId = table.DefaultViewId },
                $"Created table {Markup.Escape(table.Id)} \"{Markup.Escape(table.Name ?? string.Empty)}\" in workbook {Markup.Escape(table.WorkbookId ?? "?")}; " +
                $"default view {Markup.Escape(table.DefaultViewId)}.");
            return CliExitCodes.Success;
        });
        return create;
    }

    private static Command CreateList(CliApp app)
    {
        var workbook = new Option<string?>("--workbook") { Description = "Only the tables of this workbook (wb_...)." };
        var list = new Command("list", "List the workspace's tables (or one workbook's).") { workbook };
        app.Bind(list, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tables = ctx.Get(workbook) is { } workbookId
                ? await clay.Workbooks.ListWorkbookTablesAsync(workbookId, ctx.CancellationToken)
                : (await clay.Tables.ListTablesAsync(ctx.WorkspaceId(), ctx.CancellationToken)).Results ?? [];
            ctx.Output(tables, () =>
            {
                if (tables.Count == 0)
                {
                    return new Markup("[grey]No tables.[/]\n");
                }

                var table = CliTable.Create("Id", "Name", "Workbook");
                tables.ForEach(t => table.AddValues(t.Id, t.Name, t.WorkbookId));
                return table;
            });
            return CliExitCodes.Success;
        });
        return list;
    }

    private static Command CreateDelete(CliApp app)
    {
        var table = TableArgument();
        var yes = new Option<bool>("--yes", "-y") { Description = "Delete without asking (required when no one is at a terminal)." };
        var delete = new Command("delete", "Delete a table with its rows, fields and views.") { table, yes };
        app.Bind(delete, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay tables delete <table-id> --yes");
            if (!ctx.Get(yes) && !Confirm(ctx, $"Delete table {tableId} with all its rows?"))
            {
                throw new CliUsageException(ctx.Environment.Interactive && !ctx.Json
                    ? $"Not deleted: {tableId} is kept."
                    : $"Deleting {tableId} removes its rows, fields and views: pass --yes to confirm (no one is at a terminal to ask).");
            }

            var deleted = (await clay.Tables.DeleteTableAsync(tableId, ctx.CancellationToken)).Table;
            ctx.Output(
                new { deleted = tableId, name = deleted?.Name, deletedAt = deleted?.DeletedAt },
                $"Deleted table {Markup.Escape(tableId)}{(deleted?.Name is { } n ? $" \"{Markup.Escape(n)}\"" : string.Empty)}.");
            return CliExitCodes.Success;
        });
        return delete;
    }

    /// <summary>Asks a person at a terminal; never asks under --json or when no one is there.</summary>
    private static bool Confirm(CliContext ctx, string question)
    {
        if (!ctx.Environment.Interactive || ctx.Json)
        {
            return false;
        }

        ctx.Environment.Error.Write(question + " [y/N] ");
        var answer = ctx.Environment.In.ReadLine()?.Trim();
        return answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase));
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
