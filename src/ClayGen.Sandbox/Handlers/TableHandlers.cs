using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Reading, renaming and counting tables, and adding sources to them.</summary>
internal sealed class TableHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/tables/{tableId}", (string tableId) => GetTable(tableId));
        v3.MapSandboxRoute("PATCH", "/tables/{tableId}", (string tableId, [FromBody] JsonNode? body) => PatchTable(tableId, body));
        v3.MapSandboxRoute("GET", "/tables/{tableId}/count", (string tableId) => Count(tableId));
    }

    private IResult GetTable(string tableId) =>
        ApiResults.Ok(new JsonObject { ["table"] = ApiJson.Table(state.RequireTable(tableId)) });

    private IResult PatchTable(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var body = JsonRead.RequireObject(request);

        var newName = JsonRead.OptionalName(body, "name");

        var addSource = ReadAddSource(body);

        // Validation is done: from here on the request changes state.
        var now = state.Now();
        if (newName is not null)
        {
            table.Name = newName;
            table.UpdatedAt = now;
        }

        var response = new JsonObject();
        if (addSource is { } spec)
        {
            var source = state.CreateSource(table, spec.Name, spec.Type, spec.TypeSettings, now);
            table.UpdatedAt = now;
            response["source"] = ApiJson.Source(source, state.BaseAddress);
        }

        response["table"] = ApiJson.Table(table);
        return ApiResults.Ok(response);
    }

    private IResult Count(string tableId) =>
        ApiResults.Ok(new JsonObject { ["tableTotalRecordsCount"] = state.RequireTable(tableId).Records.Count });

    private static (string Name, string Type, JsonObject TypeSettings)? ReadAddSource(JsonObject body)
    {
        if (body["sourceSettings"] is null)
        {
            return null;
        }

        if (body["sourceSettings"] is not JsonObject settings || settings["addSource"] is not JsonObject addSource)
        {
            throw ApiException.BadRequest("sourceSettings.addSource - Required");
        }

        var source = addSource["source"] as JsonObject ?? [];
        if (source["workspaceId"] is { } workspace
            && (!JsonRead.TryInt(workspace, out var workspaceId) || workspaceId != SandboxState.WorkspaceId))
        {
            throw ApiException.NotFound();
        }

        var name = JsonRead.String(source, "name") ?? JsonRead.String(addSource, "name") ?? "Webhook";
        var type = JsonRead.String(source, "type") ?? "webhook";
        var typeSettings = source["typeSettings"] switch
        {
            null => new JsonObject(),
            JsonObject given => (JsonObject)given.DeepClone(),
            _ => throw ApiException.BadRequest("sourceSettings.addSource.source.typeSettings - Expected object"),
        };
        return (name, type, typeSettings);
    }
}
