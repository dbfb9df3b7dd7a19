using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>Tools for a table's rows: ids and records a page at a time, one record whole, add, update, delete.</summary>
internal sealed class RecordTools(ClayToolContext context)
{
    private const int MaxRecordsPerPage = 200;
    private const int MaxIdsPerPage = 5_000;
    private const int MaxRowsPerWrite = 100;
    private const int MaxIdsPerDelete = 1_000;
    private const int PageCellChars = 300;
    private const int RecordCellChars = 5_000;

    [McpServerTool(Name = "list_record_ids", Title = "List record ids", ReadOnly = true, Idempotent = true)]
    [Description("Lists the record (row) ids of a table's view in the view's order, a page at a time (\"Fetch all record ids in a table\"). No credits.")]
    public async Task<string> ListRecordIdsAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The view (gv_...); default: the table's first view.")] string? viewId = null,
        [Description("The position of the first id to return (from a previous page's nextOffset).")] int offset = 0,
        [Description("How many ids to return (1-5000).")] int limit = 1_000,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ToolPage.Check(offset, limit, MaxIdsPerPage);
        var view = await context.ViewIdAsync(tableId, viewId, cancellationToken);
        var ids = await context.Clay.Tables.GetRecordIdsAsync(tableId, view, cancellationToken);
        return ToolJson.Serialize(ToolPage.Of("list_record_ids", "recordIds", ids, offset, limit, id => id, new Dictionary<string, object?> { ["tableId"] = tableId, ["viewId"] = view }));
    }

    [McpServerTool(Name = "read_records", Title = "Read a page of records", ReadOnly = true, Idempotent = true)]
    [Description(
        "Reads a page of a view's records with their cells (by field id; get_table names the fields). " +
        "Values longer than 300 characters are cut with a note (get_record shows them whole); an enrichment that has not succeeded shows its status. " +
        "The answer says how to get the next page. No credits.")]
    public async Task<string> ReadRecordsAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The view (gv_...); default: the table's first view.")] string? viewId = null,
        [Description("The position of the first record to return (from a previous page's nextOffset).")] int offset = 0,
        [Description("How many records to return (1-200).")] int limit = 50,
        [Description("Only these fields' cells (f_...); default: every cell.")] string[]? fieldIds = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ToolPage.Check(offset, limit, MaxRecordsPerPage);
        var only = fieldIds is { Length: > 0 } ? fieldIds : null;
        if (only is not null)
        {
            ClayArgs.RequireIds(only, nameof(fieldIds), "f_", 1_000);
        }

        var table = (await context.Clay.Tables.GetTableAsync(tableId, cancellationToken)).Table ?? new Table { Id = tableId };
        var view = string.IsNullOrWhiteSpace(viewId) ? ClayToolContext.DefaultViewId(table) : viewId;
        var ids = await context.Clay.Tables.GetRecordIdsAsync(tableId, view, cancellationToken);
        var pageIds = ids.Skip(offset).Take(limit).ToList();
        var byId = new Dictionary<string, Record>(StringComparer.Ordinal);
        if (pageIds.Count > 0)
        {
            var options = new RecordFetchOptions { FieldIds = only };
            await foreach (var record in context.Clay.Tables.FetchRecordsAsync(tableId, pageIds, options, cancellationToken))
            {
                byId[record.Id] = record;
            }
        }

        var shaper = new CellShaper(PageCellChars);
        var fields = (table.Fields ?? []).Where(f => only is null || only.Contains(f.Id, StringComparer.Ordinal)).ToList();
        var page = ToolPage.Of("read_records", "records", ids, offset, limit, id => byId.TryGetValue(id, out var record)
            ? new { id, cells = shaper.Cells(record, only) }
            : (object)new { id, missing = "deleted since the ids were read" });
        page["tableId"] = tableId;
        page["viewId"] = view;
        page["fields"] = fields.Select(f => new { id = f.Id, name = f.Name, type = f.Type }).ToList();
        if (shaper.Truncated > 0)
        {
            page["note"] = $"{shaper.Truncated} long value(s) were cut; get_record shows a record's values whole.";
        }

        return ToolJson.Serialize(page);
    }

    [McpServerTool(Name = "get_record", Title = "Get a record", ReadOnly = true, Idempotent = true)]
    [Description("Reads one record: every cell's value, enrichment status, error and full enrichment output (each cut at 5,000 characters). No credits.")]
    public async Task<string> GetRecordAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The record id (r_...).")] string recordId,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireId(recordId, nameof(recordId), "r_");
        var record = await context.Clay.Tables.GetRecordAsync(tableId, recordId, cancellationToken);
        var shaper = new CellShaper(RecordCellChars);
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldId in record.Cells?.Keys ?? [])
        {
            var cell = record.GetCell(fieldId);
            cells[fieldId] = new { value = shaper.Cut(cell.Value), status = cell.Status, error = cell.Error, fullValue = shaper.Cut(cell.FullValue) };
        }

        return ToolJson.Serialize(new
        {
            id = record.Id,
            tableId,
            createdAt = record.CreatedAt,
            updatedAt = record.UpdatedAt,
            cells,
            note = shaper.Truncated > 0 ? $"{shaper.Truncated} value(s) longer than {RecordCellChars:N0} characters were cut." : null,
        });
    }

    [McpServerTool(Name = "add_records", Title = "Add records", Idempotent = false)]
    [Description("Adds rows to a table (\"Add a row in the table\"), up to 100 per call, and returns their record ids. Not idempotent: calling it twice adds the rows twice. No credits, unless the table runs enrichments on new rows automatically.")]
    public async Task<string> AddRecordsAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The rows: each maps field ids to values, e.g. [{\"f_name\": \"Acme\", \"f_domain\": \"acme.com\"}].")] Dictionary<string, JsonElement>[] records,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        if (records is null || records.Length == 0 || records.Length > MaxRowsPerWrite)
        {
            throw new ArgumentException($"must hold 1 to {MaxRowsPerWrite} rows (it holds {records?.Length ?? 0}).", nameof(records));
        }

        var rows = records.Select(r => (IReadOnlyDictionary<string, object?>)ToolValues.ToCells(r, nameof(records))).ToList();
        var added = await context.Clay.Tables.AddRecordsAsync(tableId, rows, cancellationToken);
        return ToolJson.Serialize(new { tableId, added = added.Records?.Count ?? 0, recordIds = added.Records?.Select(r => r.Id) ?? [] });
    }

    [McpServerTool(Name = "update_record", Title = "Update a record", Destructive = true, Idempotent = true)]
    [Description("Overwrites cells of one record (Clay applies it asynchronously, within moments); null clears a cell. No credits, unless enrichments that read these cells run automatically.")]
    public async Task<string> UpdateRecordAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The record id (r_...).")] string recordId,
        [Description("The new values by field id, e.g. {\"f_domain\": \"acme.com\"}.")] Dictionary<string, JsonElement> cells,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireId(recordId, nameof(recordId), "r_");
        var values = ToolValues.ToCells(cells, nameof(cells));
        var answer = await context.Clay.Tables.UpdateRecordAsync(tableId, recordId, values.ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal), cancellationToken);
        return ToolJson.Serialize(new { tableId, recordId, queued = true, message = answer.Message });
    }

    [McpServerTool(Name = "delete_records", Title = "Delete records", Destructive = true, Idempotent = true)]
    [Description("Deletes rows by id (\"Delete a row from the table\"), up to 1,000 per call. Destructive. No credits.")]
    public async Task<string> DeleteRecordsAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The record ids (r_...).")] string[] recordIds,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireIds(recordIds, nameof(recordIds), "r_", MaxIdsPerDelete);
        await context.Clay.Tables.DeleteRecordsAsync(tableId, recordIds, cancellationToken);
        return ToolJson.Serialize(new { tableId, deleted = recordIds });
    }
}
