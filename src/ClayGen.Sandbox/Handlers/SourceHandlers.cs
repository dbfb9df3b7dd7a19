using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Creating, reading, updating, listing and deleting sources.</summary>
internal sealed class SourceHandlers(SandboxState state)
{
    private static readonly string[] SourceTypes = ["webhook", "manual", "v3-action"];

    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("POST", "/sources", ([FromBody] JsonNode? body) => Create(body));
        v3.MapSandboxRoute("GET", "/sources", ([FromQuery] string? tableId, [FromQuery] string? workspaceId) => List(tableId, workspaceId));
        v3.MapSandboxRoute("GET", "/sources/{sourceId}", (string sourceId) => Get(sourceId));
        v3.MapSandboxRoute("PATCH", "/sources/{sourceId}", (string sourceId, [FromBody] JsonNode? body) => Update(sourceId, body));
        v3.MapSandboxRoute("DELETE", "/sources/{sourceId}", (string sourceId, [FromBody] JsonNode? body) => Delete(sourceId, body));
    }

    private IResult Create(JsonNode? request)
    {
        var body = JsonRead.RequireObject(request);
        SandboxState.RequireWorkspace(body);

        var tableId = JsonRead.String(body, "tableId") ?? throw ApiException.BadRequest("tableId - Required");
        var table = state.RequireTable(tableId);
        var name = JsonRead.String(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiException.BadRequest("name - Required");
        }

        var type = JsonRead.String(body, "type") ?? throw ApiException.BadRequest("type - Required");
        if (!SourceTypes.Contains(type, StringComparer.Ordinal))
        {
            throw ApiException.BadRequest($"type - Invalid enum value. Expected {string.Join(" | ", SourceTypes.Select(t => $"'{t}'"))}, received '{type}'");
        }

        var typeSettings = TypeSettings(body);
        var now = state.Now();
        var source = state.CreateSource(table, name, type, typeSettings ?? [], now);
        table.UpdatedAt = now;
        return ApiResults.Ok(ApiJson.Source(source, state.BaseAddress));
    }

    private IResult Get(string sourceId) => ApiResults.Ok(ApiJson.Source(Require(sourceId), state.BaseAddress));

    private IResult Update(string sourceId, JsonNode? request)
    {
        var source = Require(sourceId);
        var body = JsonRead.RequireObject(request);
        var name = JsonRead.OptionalName(body, "name");

        var typeSettings = TypeSettings(body);
        source.Name = name ?? source.Name;
        source.TypeSettings = typeSettings ?? source.TypeSettings;
        return ApiResults.Ok(ApiJson.Source(source, state.BaseAddress));
    }

    private Source Require(string sourceId) => state.Sources.GetValueOrDefault(sourceId) ?? throw ApiException.NotFound();

    // hasAuth is the sandbox's to say (it follows the auth token), so a client's copy is dropped.
    private static JsonObject? TypeSettings(JsonObject body)
    {
        if (body["typeSettings"] is null)
        {
            return null;
        }

        var settings = body["typeSettings"] as JsonObject ?? throw ApiException.BadRequest("typeSettings - Expected object");
        var copy = (JsonObject)settings.DeepClone();
        copy.Remove("hasAuth");
        return copy;
    }

    private IResult List(string? tableId, string? workspaceId)
    {
        IEnumerable<Source> sources;
        if (!string.IsNullOrEmpty(tableId))
        {
            var table = state.RequireTable(tableId);
            sources = state.Sources.Values.Where(s => s.TableId == table.Id);
        }
        else if (!string.IsNullOrEmpty(workspaceId))
        {
            SandboxState.RequireWorkspace(workspaceId);
            sources = state.Sources.Values;
        }
        else
        {
            throw ApiException.BadRequest("tableId - Required");
        }

        var list = new JsonArray();
        foreach (var source in sources.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            list.Add(ApiJson.Source(source, state.BaseAddress));
        }

        return ApiResults.Ok(list);
    }

    private IResult Delete(string sourceId, JsonNode? request)
    {
        var body = JsonRead.ObjectOrEmpty(request);
        if (!state.Sources.Remove(sourceId, out var source))
        {
            throw ApiException.NotFound();
        }

        if (JsonRead.Bool(body, "deleteRecords") == true
            && state.Resources.TryGetValue(source.TableId, out var resource) && resource is Table table)
        {
            table.Records.RemoveAll(r => r.SourceId == source.Id);
        }

        return ApiResults.Empty();
    }
}
