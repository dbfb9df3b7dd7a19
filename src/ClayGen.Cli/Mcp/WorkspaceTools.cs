using System.ComponentModel;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>Tools for workspaces and the resource tree (folders, workbooks, tables).</summary>
internal sealed class WorkspaceTools(ClayToolContext context)
{
    private const int MaxLimit = 500;

    [McpServerTool(Name = "list_workspaces", Title = "List workspaces", ReadOnly = true, Idempotent = true)]
    [Description("Lists the Clay workspaces the signed-in user belongs to (\"Get All Workspaces\"), with their ids. No credits.")]
    public async Task<string> ListWorkspacesAsync(CancellationToken cancellationToken)
    {
        var workspaces = (await context.Clay.Workspaces.ListWorkspacesAsync(cancellationToken)).Results?.ToList() ?? [];
        return ToolJson.Serialize(new { workspaces = workspaces.Select(w => new { id = w.Id, name = w.Name }) });
    }

    [McpServerTool(Name = "list_resources", Title = "List resources", ReadOnly = true, Idempotent = true)]
    [Description("Lists a workspace's folders, workbooks and tables (\"Fetch all resources\"), paged, optionally filtered by type, name, owner or folder. No credits.")]
    public async Task<string> ListResourcesAsync(
        [Description("The workspace id; default: the one `clay mcp` was started with (--workspace, CLAY_WORKSPACE, the saved login).")] long? workspaceId = null,
        [Description("Only these resource types: folder, workbook, table.")] string[]? types = null,
        [Description("Only resources whose name contains this text.")] string? query = null,
        [Description("Only the children of this folder (f_...).")] string? folderId = null,
        [Description("Only resources created by these user ids.")] long[]? ownerIds = null,
        [Description("The whole tree instead of the top level only.")] bool everywhere = false,
        [Description("The position of the first resource to return (from a previous page's nextOffset).")] int offset = 0,
        [Description("How many resources to return (1-500).")] int limit = 100,
        CancellationToken cancellationToken = default)
    {
        ToolPage.Check(offset, limit, MaxLimit);
        var filter = types is { Length: > 0 } ? ResourceFilter.OfTypes([.. types.Select(ResourceType)]) : ResourceFilter.All();
        if (!string.IsNullOrWhiteSpace(query))
        {
            filter = filter.Matching(query);
        }

        if (!string.IsNullOrWhiteSpace(folderId))
        {
            filter = filter.InFolder(folderId);
        }

        if (ownerIds is { Length: > 0 })
        {
            filter = filter.OwnedBy(ownerIds);
        }

        if (everywhere)
        {
            filter = filter.Everywhere();
        }

        var resources = (await context.Clay.Resources.ListResourcesAsync(context.Workspace(workspaceId), filter, cancellationToken)).Resources?.Where(r => r is not null).ToList() ?? [];
        return ToolJson.Serialize(ToolPage.Of("list_resources", "resources", resources, offset, limit, r => new
        {
            id = r.Id,
            type = r.ResourceType?.ToLowerInvariant(),
            name = r.Name,
            ownerId = r.OwnerId,
            parentFolderId = r.ParentFolderId,
        }));
    }

    private static string ResourceType(string type) => type.Trim().ToLowerInvariant() switch
    {
        "folder" or "folders" => ResourceTypes.Folder,
        "workbook" or "workbooks" => ResourceTypes.Workbook,
        "table" or "tables" => ResourceTypes.Table,
        _ => throw new ArgumentException($"'{type}' is not a resource type; use folder, workbook or table.", "types"),
    };
}
