using System.ComponentModel;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>Tools for tables: list, read, create, rename, delete.</summary>
internal sealed class TableTools(ClayToolContext context)
{
    private const int MaxLimit = 500;

    [McpServerTool(Name = "list_tables", Title = "List tables", ReadOnly = true, Idempotent = true)]
    [Description("Lists a workspace's tables, or one workbook's, paged (\"List tables\"). No credits.")]
    public async Task<string> ListTablesAsync(
        [Description("The workspace id; default: the one `clay mcp` was started with.")] long? workspaceId = null,
        [Description("Only the tables of this workbook (wb_...).")] string? workbookId = null,
        [Description("The position of the first table to return (from a previous page's nextOffset).")] int offset = 0,
        [Description("How many tables to return (1-500).")] int limit = 100,
        CancellationToken cancellationToken = default)
    {
        ToolPage.Check(offset, limit, MaxLimit);
        var tables = string.IsNullOrWhiteSpace(workbookId)
            ? (await context.Clay.Tables.ListTablesAsync(context.Workspace(workspaceId), cancellationToken)).Results ?? []
            : await context.Clay.Workbooks.ListWorkbookTablesAsync(workbookId, cancellationToken);
        return ToolJson.Serialize(ToolPage.Of("list_tables", "tables", tables, offset, limit, t => new { id = t.Id, name = t.Name, workbookId = t.WorkbookId }));
    }

    [McpServerTool(Name = "get_table", Title = "Get a table", ReadOnly = true, Idempotent = true)]
    [Description("Reads a table: its fields (columns: id, name, type), its views (the view ids other tools take) and its row count. No credits.")]
    public async Task<string> GetTableAsync(
        [Description("The table id (t_...).")] string tableId,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        var table = (await context.Clay.Tables.GetTableAsync(tableId, cancellationToken)).Table ?? new Table { Id = tableId };
        var rows = (await context.Clay.Tables.CountRowsAsync(tableId, cancellationToken)).Total;
        return ToolJson.Serialize(new
        {
            id = table.Id,
            name = table.Name,
            workspaceId = table.WorkspaceId,
            workbookId = table.WorkbookId,
            rowCount = rows,
            defaultViewId = table.FirstViewId ?? table.Views?.FirstOrDefault()?.Id ?? table.GridViews?.FirstOrDefault()?.Id,
            fields = (table.Fields ?? []).Select(f => new { id = f.Id, name = f.Name, type = f.Type }),
            views = (table.Views ?? []).Select(v => new { id = v.Id, name = v.Name }),
        });
    }

    [McpServerTool(Name = "create_table", Title = "Create a table", Idempotent = false)]
    [Description("Creates an empty table with Clay's default views and returns its id and default view. Not idempotent: calling it twice makes two tables. No credits.")]
    public async Task<string> CreateTableAsync(
        [Description("The table's name.")] string name,
        [Description("The workbook (wb_...) to create it in; default: Clay creates a workbook for it.")] string? workbookId = null,
        [Description("The workspace id; default: the one `clay mcp` was started with.")] long? workspaceId = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireText(name, nameof(name));
        var table = await context.Clay.Tables.CreateTableAsync(context.Workspace(workspaceId), name, string.IsNullOrWhiteSpace(workbookId) ? null : workbookId, cancellationToken);
        return ToolJson.Serialize(new { id = table.Id, name = table.Name, workbookId = table.WorkbookId, workspaceId = table.WorkspaceId, defaultViewId = table.DefaultViewId });
    }

    [McpServerTool(Name = "rename_table", Title = "Rename a table", Destructive = true, Idempotent = true)]
    [Description("Renames a table (overwrites its name). No credits.")]
    public async Task<string> RenameTableAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The new name.")] string name,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireText(name, nameof(name));
        var updated = (await context.Clay.Tables.RenameTableAsync(tableId, name, cancellationToken)).Table;
        return ToolJson.Serialize(new { id = tableId, name = updated?.Name ?? name });
    }

    [McpServerTool(Name = "delete_table", Title = "Delete a table", Destructive = true, Idempotent = true)]
    [Description("Deletes a table with all its rows, fields and views. Destructive: the rows cannot be read back. No credits.")]
    public async Task<string> DeleteTableAsync(
        [Description("The table id (t_...).")] string tableId,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        var deleted = (await context.Clay.Tables.DeleteTableAsync(tableId, cancellationToken)).Table;
        return ToolJson.Serialize(new { deleted = tableId, name = deleted?.Name, deletedAt = deleted?.DeletedAt });
    }
}
