using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Reading, renaming and counting tables, and adding sources to them.</summary>
internal sealed class TableHandlers(SandboxState state)
{
    public void Register(ApiRouter router)
    {
        router.Map("GET", "/v3/tables/{tableId}", GetTable);
        router.Map("PATCH", "/v3/tables/{tableId}", PatchTable);
        router.Map("GET", "/v3/tables/{tableId}/count", Count);
    }

    private ApiResponse GetTable(ApiRequest request) =>
        ApiResponse.Ok(new JsonObject { ["table"] = ApiJson.Table(state.RequireTable(request.Route("tableId"))) });

    private ApiResponse PatchTable(ApiRequest request)
    {
        var table = state.RequireTable(request.Route("tableId"));
        var body = request.RequireObject();

        string? newName = null;
        if (body["name"] is not null)
        {
            newName = JsonRead.String(body, "name");
            if (string.IsNullOrWhiteSpace(newName))
            {
                throw ApiException.BadRequest("name - Expected non-empty string");
            }
        }

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
        return ApiResponse.Ok(response);
    }

    private ApiResponse Count(ApiRequest request) =>
        ApiResponse.Ok(new JsonObject { ["tableTotalRecordsCount"] = state.RequireTable(request.Route("tableId")).Records.Count });

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
