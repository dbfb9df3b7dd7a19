using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay workbooks ...</c> (tag: Workbooks).</summary>
internal static class WorkbookCommands
{
    public static Command Create(CliApp app)
    {
        var name = new Argument<string>("name") { Description = "The workbook's name." };
        var folder = new Option<string?>("--folder") { Description = "A folder (f_...) to create it in." };
        var autoRun = new Option<bool?>("--auto-run") { Description = "Whether new rows run enrichment columns by themselves (true/false)." };
        var create = new Command("create", "Create a workbook (\"Create a Workbook\").") { name, folder, autoRun };
        app.Bind(create, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var workbook = await clay.Workbooks.CreateWorkbookAsync(ctx.WorkspaceId(), ctx.Get(name)!, ctx.Get(folder), ctx.Get(autoRun), ctx.CancellationToken);
            ctx.Output(workbook, $"Created workbook {Markup.Escape(workbook.Id ?? "?")} \"{Markup.Escape(workbook.Name ?? string.Empty)}\".");
            return CliExitCodes.Success;
        });

        var workbookId = new Argument<string>("workbook-id") { Description = "The workbook (wb_...)." };
        var permanent = new Option<bool>("--permanent") { Description = "Delete for good instead of moving to the trash." };
        var delete = new Command("delete", "Delete a workbook and its tables (\"Delete a Workbook\").") { workbookId, permanent };
        app.Bind(delete, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var id = ctx.Get(workbookId)!;
            await clay.Workbooks.DeleteWorkbookAsync(ctx.WorkspaceId(), id, ctx.Get(permanent), ctx.CancellationToken);
            ctx.Output(
                new { deleted = id, permanent = ctx.Get(permanent) },
                $"Deleted workbook {Markup.Escape(id)}{(ctx.Get(permanent) ? " for good" : " (moved to the trash)")}.");
            return CliExitCodes.Success;
        });

        return new Command("workbooks", "Workbooks.") { create, delete };
    }
}
