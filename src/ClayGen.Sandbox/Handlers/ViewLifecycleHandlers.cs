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
