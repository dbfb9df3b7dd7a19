using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Creating, updating and deleting fields (columns), validated the way Clay does.</summary>
internal sealed class FieldHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("POST", "/tables/{tableId}/fields", (string tableId, [FromBody] JsonNode? body) => Create(tableId, body));
        v3.MapSandboxRoute("DELETE", "/tables/{tableId}/fields", (string tableId, [FromBody] JsonNode? body) => DeleteMany(tableId, body));
        v3.MapSandboxRoute("PATCH", "/tables/{tableId}/fields/{fieldId}", (string tableId, string fieldId, [FromBody] JsonNode? body) => Update(tableId, fieldId, body));
        v3.MapSandboxRoute("DELETE", "/tables/{tableId}/fields/{fieldId}", (string tableId, string fieldId) => Delete(tableId, fieldId));
        v3.MapSandboxRoute("GET", "/workspaces/{ws}/tables/{tableId}/fields/runstatus", (string ws, string tableId) => RunStatus(ws, tableId));
        v3.MapSandboxRoute("GET", "/tables/{tableId}/fieldrun", (string tableId) => RunFields(tableId));
        v3.MapSandboxRoute("POST", "/tables/{tableId}/waterfall/v2", (string tableId, [FromBody] JsonNode? body) => CreateWaterfall(tableId, body));
    }

    private IResult Create(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var body = JsonRead.RequireObject(request);
        var name = JsonRead.String(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiException.BadRequest("name - Required");
        }

        var type = JsonRead.String(body, "type");
        if (string.IsNullOrWhiteSpace(type))
        {
            throw ApiException.BadRequest("type - Required");
        }

        var viewId = body["activeViewId"] is null ? null : JsonRead.String(body, "activeViewId");
        if (body["activeViewId"] is not null && (viewId is null || table.FindView(viewId) is null))
        {
            throw ApiException.BadRequest($"activeViewId - View {viewId} does not belong to table {table.Id}");
        }

        RequireUniqueName(table, name, exceptFieldId: null);
        var typeSettings = FieldTypeSettings.Validate(table, type, body["typeSettings"]);

        var field = new Field(state.Ids.Next("f_"), name, type, typeSettings);
        table.Fields.Add(field);
        table.UpdatedAt = state.Now();
        return ApiResults.Ok(new JsonObject { ["field"] = ApiJson.Field(field) });
    }

    private IResult Update(string tableId, string fieldId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var field = table.FindField(fieldId) ?? throw ApiException.NotFound($"Field {fieldId} was not found");
        var body = JsonRead.RequireObject(request);

        var name = JsonRead.OptionalName(body, "name");
        if (name is not null)
        {
            RequireUniqueName(table, name, field.Id);
        }

        var typeSettings = body["typeSettings"] is null ? null : FieldTypeSettings.Validate(table, field.Type, body["typeSettings"]);

        // Validation is done: from here on the request changes state.
        field.Name = name ?? field.Name;
        field.TypeSettings = typeSettings ?? field.TypeSettings;
        table.UpdatedAt = state.Now();
        return ApiResults.Ok(new JsonObject { ["field"] = ApiJson.Field(field) });
    }

    private IResult Delete(string tableId, string fieldId)
    {
        var table = state.RequireTable(tableId);
        var field = table.FindField(fieldId) ?? throw ApiException.NotFound($"Field {fieldId} was not found");
        table.Fields.Remove(field);
        foreach (var record in table.Records)
        {
            record.Cells.Remove(field.Id);
        }

        table.UpdatedAt = state.Now();
        return ApiResults.Empty();
    }

    /// <summary>All or nothing: an unknown id fails the request before any field is deleted.</summary>
    private IResult DeleteMany(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var fieldIds = JsonRead.StringList(JsonRead.RequireObject(request), "fieldIds");
        if (fieldIds is null || fieldIds.Count == 0)
        {
            throw ApiException.BadRequest("fieldIds - Required");
        }

        var fields = fieldIds.Select(id => table.FindField(id) ?? throw ApiException.NotFound($"Field {id} was not found")).ToList();
        foreach (var field in fields)
        {
            table.Fields.Remove(field);
            foreach (var record in table.Records)
            {
                record.Cells.Remove(field.Id);
            }
        }

        table.UpdatedAt = state.Now();
        return ApiResults.Empty();
    }

    /// <summary>
    /// Per field, how many of its cells a run touched are in each status now (on the sandbox's clock);
    /// a field no run touched has an empty list, as on Clay.
    /// </summary>
    private IResult RunStatus(string ws, string tableId)
    {
        SandboxState.RequireWorkspace(ws);
        var table = state.RequireTable(tableId);
        var counts = new JsonObject();
        foreach (var field in table.Fields)
        {
            var statuses = new JsonArray();
            var ran = table.Records
                .Select(r => r.Cells.GetValueOrDefault(field.Id))
                .Where(c => c?.Run is not null)
                .GroupBy(c => state.Read(field, c!).Status, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in ran)
            {
                statuses.Add(new JsonObject { ["status"] = group.Key, ["count"] = group.Count() });
            }

            counts[field.Id] = statuses;
        }

        return ApiResults.Ok(new JsonObject { ["statusCountsByField"] = counts });
    }

    /// <summary>The fields a run has touched (running or ended), in the table's field order.</summary>
    private IResult RunFields(string tableId)
    {
        var table = state.RequireTable(tableId);
        var ids = new JsonArray();
        foreach (var field in table.Fields.Where(f => table.Records.Any(r => r.Cells.GetValueOrDefault(f.Id)?.Run is not null)))
        {
            ids.Add(field.Id);
        }

        return ApiResults.Ok(new JsonObject { ["fieldIds"] = ids });
    }

    /// <summary>
    /// A waterfall becomes one action field that starts with its first step, in a field group of
    /// its own; the answer reports that group, not the field, as Clay's is said to.
    /// </summary>
    private IResult CreateWaterfall(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var body = JsonRead.RequireObject(request);
        var name = JsonRead.String(body, "waterfallFieldName");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiException.BadRequest("waterfallFieldName - Required");
        }

        var groupName = JsonRead.OptionalName(body, "waterfallGroupName") ?? name;

        if (body["waterfallConfigs"] is not JsonArray configs)
        {
            throw ApiException.BadRequest("waterfallConfigs - Required");
        }

        RequireUniqueName(table, name, exceptFieldId: null);
        var typeSettings = FieldTypeSettings.ValidateWaterfall(table, configs, body["runAsButton"]);

        var field = new Field(state.Ids.Next("f_"), name, "action", typeSettings);
        table.Fields.Add(field);
        table.UpdatedAt = state.Now();
        var groupId = state.Ids.Next("fg_");
        var group = new JsonObject { ["id"] = groupId, ["name"] = groupName, ["fieldIds"] = new JsonArray(field.Id) };
        return ApiResults.Ok(new JsonObject { ["fieldGroupMap"] = new JsonObject { [groupId] = group } });
    }

    private static void RequireUniqueName(Table table, string name, string? exceptFieldId)
    {
        if (table.Fields.Any(f => f.Id != exceptFieldId && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest("FieldNameAlreadyExists", $"A field named \"{name}\" already exists in table {table.Id}");
        }
    }
}
