using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Creating, renaming, copying and deleting grid views. The table's first view is its default and stays.</summary>
internal sealed class ViewLifecycleHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("POST", "/tables/{tableId}/views", (string tableId, [FromBody] JsonNode? body) => Create(tableId, body));
        v3.MapSandboxRoute("PATCH", "/tables/{tableId}/views/{viewId}", (string tableId, string viewId, [FromBody] JsonNode? body) => Rename(tableId, viewId, body));
        v3.MapSandboxRoute("DELETE", "/tables/{tableId}/views/{viewId}", (string tableId, string viewId) => Delete(tableId, viewId));
        v3.MapSandboxRoute("POST", "/tables/{tableId}/views/{viewId}/duplicate", (string tableId, string viewId) => Duplicate(tableId, viewId));
        v3.MapSandboxRoute("PATCH", "/tables/{tableId}/views/{viewId}/filter", (string tableId, string viewId, [FromBody] JsonNode? body) => SetFilter(tableId, viewId, body));
    }

    private IResult Create(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var name = RequireName(request);
        return Add(table, name);
    }

    private IResult Rename(string tableId, string viewId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var index = RequireViewIndex(table, viewId);
        var name = RequireName(request);
        table.Views[index] = table.Views[index] with { Name = name };
        table.UpdatedAt = state.Now();
        return ApiResults.Ok(ApiJson.View(table, table.Views[index]));
    }

    private IResult Delete(string tableId, string viewId)
    {
        var table = state.RequireTable(tableId);
        var index = RequireViewIndex(table, viewId);
        if (index == 0)
        {
            throw ApiException.BadRequest($"View {viewId} is the default view of table {table.Id} and cannot be deleted");
        }

        table.Views.RemoveAt(index);
        table.UpdatedAt = state.Now();
        return ApiResults.Empty();
    }

    private IResult Duplicate(string tableId, string viewId)
    {
        var table = state.RequireTable(tableId);
        var original = table.Views[RequireViewIndex(table, viewId)];
        return Add(table, original.Name + " (copy)");
    }

    /// <summary>Replaces the view's filter (no items clears it); every condition is checked before any is kept.</summary>
    private IResult SetFilter(string tableId, string viewId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var index = RequireViewIndex(table, viewId);
        var body = JsonRead.RequireObject(request);
        var mode = JsonRead.String(body, "combinationMode");
        if (mode is not ("AND" or "OR"))
        {
            throw ApiException.BadRequest($"combinationMode - Invalid enum value. Expected 'AND' | 'OR', received '{mode}'");
        }

        var items = body["items"] as JsonArray ?? throw ApiException.BadRequest("items - Expected array");
        var conditions = new List<ViewFilterCondition>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject ?? throw ApiException.BadRequest($"items.{i} - Expected object");
            var fieldId = JsonRead.String(item, "fieldId");
            if (fieldId is null || table.FindField(fieldId) is null)
            {
                throw ApiException.BadRequest($"items.{i}.fieldId - Field {fieldId} does not belong to table {table.Id}");
            }

            var type = JsonRead.String(item, "type");
            if (type is null || !ViewRecords.Operators.Contains(type, StringComparer.Ordinal))
            {
                throw ApiException.BadRequest($"items.{i}.type - The sandbox does not support the operator '{type}' (it knows {string.Join(", ", ViewRecords.Operators)})");
            }

            conditions.Add(new ViewFilterCondition(fieldId, type, item["value"]?.DeepClone()));
        }

        table.Views[index] = table.Views[index] with { Filter = conditions.Count == 0 ? null : new ViewFilter(mode == "AND", conditions) };
        table.UpdatedAt = state.Now();
        return ApiResults.Ok(ApiJson.View(table, table.Views[index]));
    }

    private IResult Add(Table table, string name)
    {
        var view = new View(state.Ids.Next("gv_"), name);
        table.Views.Add(view);
        table.UpdatedAt = state.Now();
        return ApiResults.Ok(ApiJson.View(table, view));
    }

    private static int RequireViewIndex(Table table, string viewId)
    {
        var index = table.Views.FindIndex(v => v.Id == viewId);
        return index < 0 ? throw ApiException.NotFound($"View {viewId} was not found") : index;
    }

    private static string RequireName(JsonNode? request)
    {
        var name = JsonRead.String(JsonRead.RequireObject(request), "name");
        return string.IsNullOrWhiteSpace(name) ? throw ApiException.BadRequest("name - Required") : name;
    }
}
