using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Records of a view (those its filter matches) and searching a view.</summary>
internal sealed class ViewHandlers(SandboxState state)
{
    private const int DefaultLimit = 100;

    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/tables/{tableId}/views/{viewId}/records", (string tableId, string viewId, [FromQuery] string? limit) => Records(tableId, viewId, limit));
        v3.MapSandboxRoute("POST", "/tables/{tableId}/views/{viewId}/search", (string tableId, string viewId, [FromBody] JsonNode? body) => Search(tableId, viewId, body));
    }

    private IResult Records(string tableId, string viewId, string? limitText)
    {
        var table = RequireView(tableId, viewId);
        var view = table.FindView(viewId)!;
        var limit = DefaultLimit;
        if (limitText is not null
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            throw ApiException.BadRequest("limit - Expected positive integer");
        }

        var results = new JsonArray();
        foreach (var record in ViewRecords.Of(state, table, view).Take(limit))
        {
            results.Add(ApiJson.Record(state, table, record));
        }

        return ApiResults.Ok(new JsonObject { ["results"] = results });
    }

    private IResult Search(string tableId, string viewId, JsonNode? request)
    {
        var table = RequireView(tableId, viewId);
        var view = table.FindView(viewId)!;
        var term = JsonRead.String(JsonRead.RequireObject(request), "searchTerm");
        if (string.IsNullOrEmpty(term))
        {
            throw ApiException.BadRequest("searchTerm - Required");
        }

        var results = new JsonArray();
        foreach (var record in ViewRecords.Of(state, table, view))
        {
            foreach (var field in table.Fields)
            {
                if (record.Cells.TryGetValue(field.Id, out var cell)
                    && Text(state.Read(field, cell).Value)?.Contains(term, StringComparison.OrdinalIgnoreCase) == true)
                {
                    results.Add(new JsonObject { ["fieldId"] = field.Id, ["recordId"] = record.Id });
                }
            }
        }

        return ApiResults.Ok(new JsonObject { ["results"] = results });
    }

    /// <summary>A cell value as the text a person would search: strings as they are, anything else as JSON.</summary>
    public static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private Table RequireView(string tableId, string viewId)
    {
        var table = state.RequireTable(tableId);
        return table.FindView(viewId) is null ? throw ApiException.NotFound() : table;
    }
}
