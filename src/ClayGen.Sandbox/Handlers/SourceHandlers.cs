using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Listing and deleting sources, and the public webhook URL that feeds rows into a table.</summary>
internal sealed class SourceHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/sources", ([FromQuery] string? tableId, [FromQuery] string? workspaceId) => List(tableId, workspaceId));
        v3.MapSandboxRoute("DELETE", "/sources/{sourceId}", (string sourceId, [FromBody] JsonNode? body) => Delete(sourceId, body));
        // Webhook URLs are handed to third parties, so they work without a session (as on Clay).
        v3.MapSandboxRoute("POST", "/sources/webhook/{slug}", (string slug, [FromBody] JsonNode? body) => Ingest(slug, body)).AllowAnonymous();
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
        if (!state.Sources.Remove(sourceId, out var source))
        {
            throw ApiException.NotFound();
        }

        var body = JsonRead.ObjectOrEmpty(request);
        if (JsonRead.Bool(body, "deleteRecords") == true
            && state.Resources.TryGetValue(source.TableId, out var resource) && resource is Table table)
        {
            table.Records.RemoveAll(r => r.SourceId == source.Id);
        }

        return ApiResults.Empty();
    }

    private IResult Ingest(string slug, JsonNode? body)
    {
        var source = state.Sources.Values.FirstOrDefault(s => s.WebhookSlug == slug) ?? throw ApiException.NotFound();
        var table = state.RequireTable(source.TableId);
        var payload = body ?? throw ApiException.BadRequest("Request body is required");

        var now = state.Now();
        var record = new TableRecord { Id = state.NewRecordId(table), CreatedAt = now, UpdatedAt = now, SourceId = source.Id };
        record.Cells[source.DataFieldId] = new Cell(payload.DeepClone(), "SUCCESS");
        table.Records.Add(record);
        return ApiResults.Ok(new JsonObject { ["success"] = true, ["recordId"] = record.Id });
    }
}
