using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Creating and deleting tables.</summary>
internal sealed class TableLifecycleHandlers(SandboxState state)
{
    private static readonly string[] TableTypes = ["spreadsheet", "company", "people", "jobs"];
    private static readonly string[] Templates = ["basic", "basic_source", "no_views"];

    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("POST", "/tables", ([FromBody] JsonNode? body) => Create(body));
        v3.MapSandboxRoute("DELETE", "/tables/{tableId}", (string tableId) => Delete(tableId));
        v3.MapSandboxRoute("POST", "/tables/{tableId}/duplicate", (string tableId, [FromBody] JsonNode? body) => Duplicate(tableId, body));
    }

    private IResult Create(JsonNode? request)
    {
        var body = JsonRead.RequireObject(request);
        SandboxState.RequireWorkspace(body);

        var name = JsonRead.String(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiException.BadRequest("name - Required");
        }

        var type = JsonRead.String(body, "type") ?? throw ApiException.BadRequest("type - Required");
        if (!TableTypes.Contains(type, StringComparer.Ordinal))
        {
            throw ApiException.BadRequest($"type - Invalid enum value. Expected {string.Join(" | ", TableTypes.Select(t => $"'{t}'"))}, received '{type}'");
        }

        var template = body["template"] is null ? null : JsonRead.String(body, "template");
        if (body["template"] is not null && (template is null || !Templates.Contains(template, StringComparer.Ordinal)))
        {
            throw ApiException.BadRequest($"template - Invalid enum value. Expected {string.Join(" | ", Templates.Select(t => $"'{t}'"))}");
        }

        var workbookId = body["workbookId"] is null ? null : JsonRead.String(body, "workbookId");
        if (body["workbookId"] is not null
            && (workbookId is null || !state.Resources.TryGetValue(workbookId, out var parent) || parent is not Workbook))
        {
            throw ApiException.BadRequest("workbookId - Workbook not found");
        }

        var now = state.Now();
        // Clay creates a workbook of the same name when none is given.
        workbookId ??= state.CreateWorkbook(name, null, [], SandboxState.OwnerUserId, now).Id;
        var table = state.CreateTable(name, type, workbookId, null, SandboxState.OwnerUserId, now, withViews: template != "no_views");
        return ApiResults.Ok(new JsonObject { ["table"] = ApiJson.Table(table) });
    }

    /// <summary>Copies the fields (formulas and inputs pointed at the copy's own fields) and views, not the rows.</summary>
    private IResult Duplicate(string tableId, JsonNode? request)
    {
        var original = state.RequireTable(tableId);
        var body = JsonRead.ObjectOrEmpty(request);
        var name = JsonRead.OptionalName(body, "name") ?? "Copy of " + original.Name;

        var copy = state.CreateTable(name, original.Type, original.WorkbookId, original.ParentFolderId, SandboxState.OwnerUserId, state.Now(), withViews: false);
        var newIds = original.Fields.ToDictionary(f => f.Id, _ => state.Ids.Next("f_"), StringComparer.Ordinal);
        foreach (var field in original.Fields)
        {
            var settings = field.TypeSettings.ToJsonString();
            foreach (var (oldId, newId) in newIds)
            {
                settings = settings.Replace(oldId, newId, StringComparison.Ordinal);
            }

            copy.Fields.Add(new Field(newIds[field.Id], field.Name, field.Type, JsonNode.Parse(settings)!.AsObject()));
        }

        foreach (var view in original.Views)
        {
            copy.Views.Add(new View(state.Ids.Next("gv_"), view.Name));
        }

        return ApiResults.Ok(new JsonObject { ["table"] = ApiJson.Table(copy) });
    }

    private IResult Delete(string tableId)
    {
        var table = state.RequireTable(tableId);
        var deletedAt = state.Now();
        state.Resources.Remove(table.Id);
        foreach (var source in state.Sources.Values.Where(s => s.TableId == table.Id).ToList())
        {
            state.Sources.Remove(source.Id);
        }

        var json = ApiJson.Table(table);
        json["deletedAt"] = ApiTime.Format(deletedAt);
        return ApiResults.Ok(json);
    }
}
