using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Record ids, adding, updating, fetching and deleting records.</summary>
internal sealed class RecordHandlers(SandboxState state)
{
    /// <summary>Clay's id list can hold this non-id entry; the sandbox always includes it so clients learn to skip it.</summary>
    public const string SearchPlaceholder = "search";

    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/tables/{tableId}/views/{viewId}/records/ids", (string tableId, string viewId) => RecordIds(tableId, viewId));
        v3.MapSandboxRoute("POST", "/tables/{tableId}/records", (string tableId, [FromBody] JsonNode? body) => AddRecords(tableId, body));
        v3.MapSandboxRoute("PATCH", "/tables/{tableId}/records", (string tableId, [FromBody] JsonNode? body) => UpdateRecords(tableId, body));
        v3.MapSandboxRoute("DELETE", "/tables/{tableId}/records", (string tableId, [FromBody] JsonNode? body) => DeleteRecords(tableId, body));
        v3.MapSandboxRoute("POST", "/tables/{tableId}/bulk-fetch-records", (string tableId, [FromBody] JsonNode? body) => BulkFetch(tableId, body));
    }

    private IResult RecordIds(string tableId, string viewId)
    {
        var table = state.RequireTable(tableId);
        var view = table.FindView(viewId) ?? throw ApiException.NotFound();
        var ids = new JsonArray { SearchPlaceholder };
        foreach (var record in ViewRecords.Of(state, table, view))
        {
            ids.Add(record.Id);
        }

        return ApiResults.Ok(new JsonObject { ["results"] = ids });
    }

    private IResult AddRecords(string tableId, JsonNode? body)
    {
        var table = state.RequireTable(tableId);
        var items = RequireNonEmptyArray(JsonRead.RequireObject(body), "records");

        var planned = new List<(string Id, List<KeyValuePair<string, JsonNode?>> Cells)>(items.Count);
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                throw ApiException.BadRequest($"records[{i}] - Expected object");
            }

            var cells = CellValidation.Read(table, item["cells"], $"records[{i}].cells");
            var id = item["id"] is null ? null : JsonRead.String(item, "id");
            if (item["id"] is not null && string.IsNullOrWhiteSpace(id))
            {
                throw ApiException.BadRequest($"records[{i}].id - Expected non-empty string");
            }

            if (id is not null && (table.Records.Contains(id) || !batchIds.Add(id)))
            {
                throw ApiException.BadRequest($"Record {id} already exists");
            }

            planned.Add((id ?? string.Empty, cells));
        }

        var now = state.Now();
        var created = new JsonArray();
        foreach (var (givenId, cells) in planned)
        {
            var record = new TableRecord
            {
                Id = givenId.Length > 0 ? givenId : NewId(table, batchIds),
                CreatedAt = now,
                UpdatedAt = now,
            };
            foreach (var (fieldId, value) in cells)
            {
                record.Cells[fieldId] = new Cell(value, "SUCCESS");
            }

            table.Records.Add(record);
            created.Add(ApiJson.Record(state, table, record));
        }

        table.UpdatedAt = now;
        return ApiResults.Ok(new JsonObject { ["records"] = created });
    }

    private IResult UpdateRecords(string tableId, JsonNode? body)
    {
        var table = state.RequireTable(tableId);
        var items = RequireNonEmptyArray(JsonRead.RequireObject(body), "records");

        var planned = new List<(TableRecord? Record, List<KeyValuePair<string, JsonNode?>> Cells)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject ?? throw ApiException.BadRequest($"records[{i}] - Expected object");
            var id = JsonRead.String(item, "id") ?? throw ApiException.BadRequest($"records[{i}].id - Required");
            planned.Add((table.Records.Find(id), CellValidation.Read(table, item["cells"], $"records[{i}].cells")));
        }

        // Clay enqueues updates and answers before applying them; unknown ids are dropped silently there too.
        var now = state.Now();
        foreach (var (record, cells) in planned)
        {
            if (record is null)
            {
                continue;
            }

            foreach (var (fieldId, value) in cells)
            {
                record.Cells[fieldId] = new Cell(value, "SUCCESS");
            }

            record.UpdatedAt = now;
        }

        return ApiResults.Ok(new JsonObject
        {
            ["records"] = new JsonArray(),
            ["extraData"] = new JsonObject { ["message"] = "Record updates enqueued" },
        });
    }

    private IResult DeleteRecords(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var body = JsonRead.RequireObject(request);

        if (JsonRead.Bool(body, "deleteAll") == true)
        {
            var viewId = JsonRead.String(body, "viewId");
            if (viewId is not null && table.FindView(viewId) is null)
            {
                throw ApiException.NotFound();
            }

            var keep = (JsonRead.StringList(body, "omitDeletingRecordIds") ?? []).ToHashSet(StringComparer.Ordinal);
            table.Records.RemoveAll(r => !keep.Contains(r.Id));
            return ApiResults.Empty();
        }

        var recordIds = JsonRead.StringList(body, "recordIds");
        if (recordIds is null || recordIds.Count == 0)
        {
            throw ApiException.BadRequest("recordIds - Required");
        }

        foreach (var id in recordIds)
        {
            table.Records.Remove(id);
        }

        return ApiResults.Empty();
    }

    private IResult BulkFetch(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var body = JsonRead.RequireObject(request);
        var recordIds = RequireNonEmptyArray(body, "recordIds");
        var max = state.Options.MaxBulkFetchRecords;
        if (recordIds.Count > max)
        {
            throw ApiException.BadRequest($"recordIds - Array must contain at most {max} element(s)");
        }

        var ids = JsonRead.StringList(body, "recordIds")!;
        var fieldIds = JsonRead.StringList(body, "fieldIds")?.ToHashSet(StringComparer.Ordinal);
        var external = (JsonRead.StringList(body, "includeExternalContentFieldIds") ?? []).ToHashSet(StringComparer.Ordinal);

        var results = new JsonArray();
        foreach (var id in ids)
        {
            if (table.Records.Find(id) is { } record)
            {
                results.Add(ApiJson.Record(state, table, record, external.Contains, fieldIds));
            }
        }

        return ApiResults.Ok(new JsonObject { ["results"] = results });
    }

    // Generated ids must also avoid caller-chosen ids of the same batch, which are not stored yet.
    private string NewId(Table table, HashSet<string> batchIds)
    {
        string id;
        do
        {
            id = state.NewRecordId(table);
        }
        while (!batchIds.Add(id));

        return id;
    }

    private static JsonArray RequireNonEmptyArray(JsonObject body, string name) => body[name] switch
    {
        null => throw ApiException.BadRequest($"{name} - Required"),
        JsonArray { Count: 0 } => throw ApiException.BadRequest($"{name} - Array must contain at least 1 element(s)"),
        JsonArray array => array,
        _ => throw ApiException.BadRequest($"{name} - Expected array"),
    };
}
