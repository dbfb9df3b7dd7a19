using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay folders ...</c> (tag: Folders).</summary>
internal static class FolderCommands
{
    public static Command Create(CliApp app)
    {
        var name = new Argument<string>("name") { Description = "The folder's name." };
        var parent = new Option<string?>("--parent") { Description = "A folder (f_...) to create it in." };
        var create = new Command("create", "Create a folder (\"Create a folder\").") { name, parent };
        app.Bind(create, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var folder = await clay.Folders.CreateFolderAsync(ctx.WorkspaceId(), ctx.Get(name)!, ctx.Get(parent), ctx.CancellationToken);
            ctx.Output(folder, $"Created folder {Markup.Escape(folder.Id ?? "?")} \"{Markup.Escape(folder.Name ?? string.Empty)}\".");
            return CliExitCodes.Success;
        });

        var folderId = new Argument<string>("folder-id") { Description = "The folder (f_...)." };
        var permanent = new Option<bool>("--permanent") { Description = "Delete for good instead of moving to the trash." };
        var delete = new Command("delete", "Delete a folder and what is in it (\"Delete a folder\").") { folderId, permanent };
        app.Bind(delete, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var id = ctx.Get(folderId)!;
            await clay.Folders.DeleteFolderAsync(ctx.WorkspaceId(), id, ctx.Get(permanent), ctx.CancellationToken);
            ctx.Output(
                new { deleted = id, permanent = ctx.Get(permanent) },
                $"Deleted folder {Markup.Escape(id)}{(ctx.Get(permanent) ? " for good" : " (moved to the trash)")}.");
            return CliExitCodes.Success;
        });

        return new Command("folders", "Folders.") { create, delete };
    }
}
