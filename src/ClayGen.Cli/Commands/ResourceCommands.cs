using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay resources ...</c>: the folder/workbook/table tree (tag: Resources).</summary>
internal static class ResourceCommands
{
    public static Command Create(CliApp app) =>
        new("resources", "The resource tree: folders, workbooks and tables.") { CreateList(app), CreateSearch(app), CreateDelete(app) };

    private static Command CreateList(CliApp app)
    {
        var type = new Option<string[]>("--type") { Description = "Only these types: folder, workbook, table (repeat for several)." };
        var owner = new Option<long[]>("--owner") { Description = "Only resources created by these user ids (repeat for several)." };
        var folder = new Option<string?>("--folder") { Description = "Only the children of this folder (f_...)." };
        var all = new Option<bool>("--all") { Description = "The whole tree, not only the top level." };
        var query = new Option<string?>("--query") { Description = "Only resources whose name contains this text." };
        var list = new Command("list", "List resources with filters (\"Fetch all resources\", \"Get User-Created Resources\").")
        {
            type, owner, folder, all, query,
        };
        app.Bind(list, async ctx =>
        {
            var types = (ctx.Get(type) ?? []).Select(ToResourceType).ToArray();
            var filter = types.Length == 0 ? ResourceFilter.All() : ResourceFilter.OfTypes(types);
            if (ctx.Get(owner) is { Length: > 0 } owners)
            {
                filter = filter.OwnedBy(owners);
            }

            if (ctx.Get(folder) is { } folderId)
            {
                filter = filter.InFolder(folderId);
            }

            if (ctx.Get(all))
            {
                filter = filter.Everywhere();
            }

            if (ctx.Get(query) is { } text)
            {
                filter = filter.Matching(text);
            }

            var clay = await ctx.ClientAsync();
            var resources = await clay.Resources.ListResourcesAsync(ctx.WorkspaceId(), filter, ctx.CancellationToken);
            Write(ctx, resources);
            return CliExitCodes.Success;
        });
        return list;
    }

    private static Command CreateSearch(CliApp app)
    {
        var text = new Argument<string>("text") { Description = "The text to look for in names." };
        var search = new Command("search", "Search tables, workbooks and folders by name (\"Search a resource in workspace\").") { text };
        app.Bind(search, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            Write(ctx, await clay.Resources.SearchResourcesAsync(ctx.WorkspaceId(), ctx.Get(text)!, ctx.CancellationToken));
            return CliExitCodes.Success;
        });
        return search;
    }

    private static Command CreateDelete(CliApp app)
    {
        var folders = new Option<string[]>("--folder") { Description = "Folders (f_...) to delete." };
        var workbooks = new Option<string[]>("--workbook") { Description = "Workbooks (wb_...) to delete." };
        var tables = new Option<string[]>("--table") { Description = "Tables (t_...) to delete." };
        var permanent = new Option<bool>("--permanent") { Description = "Delete for good instead of moving to the trash." };
        var delete = new Command("delete", "Delete folders, workbooks and tables in one call (the bulk delete behind the docs' deletes).")
        {
            folders, workbooks, tables, permanent,
        };
        app.Bind(delete, async ctx =>
        {
            var request = new DeleteResourcesRequest
            {
                FolderIds = CliValues.SplitIds(ctx.Get(folders)),
                WorkbookIds = CliValues.SplitIds(ctx.Get(workbooks)),
                TableIds = CliValues.SplitIds(ctx.Get(tables)),
                IsPermanentDelete = ctx.Get(permanent),
            };
            var count = request.FolderIds.Count + request.WorkbookIds.Count + request.TableIds.Count;
            if (count == 0)
            {
                throw new CliUsageException("Nothing to delete: give --folder, --workbook or --table ids.");
            }

            var clay = await ctx.ClientAsync();
            await clay.Resources.DeleteResourcesAsync(ctx.WorkspaceId(), request, ctx.CancellationToken);
            ctx.Output(
                new { deleted = request.FolderIds.Concat(request.WorkbookIds).Concat(request.TableIds), permanent = ctx.Get(permanent) },
                $"Deleted {count} resource{(count == 1 ? string.Empty : "s")}{(ctx.Get(permanent) ? " for good" : " (moved to the trash)")}.");
            return CliExitCodes.Success;
        });
        return delete;
    }

    private static void Write(CliContext ctx, ResourceList list)
    {
        var resources = list.Resources?.Where(r => r is not null).ToList() ?? [];
        ctx.Output(resources, () => Render(resources));
    }

    private static IRenderable Render(List<ClayGen.Resource> resources)
    {
        var table = CliTable.Create("Id", "Type", "Name", "Owner", "Folder");
        resources.ForEach(r => table.AddValues(r.Id, r.ResourceType?.ToLowerInvariant(), r.Name, r.OwnerId, r.ParentFolderId));
        return resources.Count == 0 ? new Markup("[grey]No resources match.[/]\n") : table;
    }

    private static string ToResourceType(string type) => type.Trim().ToLowerInvariant() switch
    {
        "folder" or "folders" => ResourceTypes.Folder,
        "workbook" or "workbooks" => ResourceTypes.Workbook,
        "table" or "tables" => ResourceTypes.Table,
        "" => throw new CliUsageException("--type must not be empty."),
        // Clay adds types over time; pass unknown ones through as Clay spells them.
        _ => type.Trim().ToUpperInvariant(),
    };
}
