using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Listing and deleting sources, and the public webhook URL that feeds rows into a table.</summary>
internal sealed class SourceHandlers(SandboxState state)
{
    public void Register(ApiRouter router)
    {
        router.Map("GET", "/v3/sources", List);
        router.Map("DELETE", "/v3/sources/{sourceId}", Delete);
        // Webhook URLs are handed to third parties, so they work without a session (as on Clay).
        router.Map("POST", "/v3/sources/webhook/{slug}", Ingest, isPublic: true);
    }

    private ApiResponse List(ApiRequest request)
    {
        var tableId = request.QueryValue("tableId");
        var workspaceId = request.QueryValue("workspaceId");
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

        return ApiResponse.Ok(list);
    }

    private ApiResponse Delete(ApiRequest request)
    {
        if (!state.Sources.Remove(request.Route("sourceId"), out var source))
        {
            throw ApiException.NotFound();
        }

        var body = request.ObjectOrEmpty();
        if (JsonRead.Bool(body, "deleteRecords") == true
            && state.Resources.TryGetValue(source.TableId, out var resource) && resource is Table table)
        {
            table.Records.RemoveAll(r => r.SourceId == source.Id);
        }

        return ApiResponse.Empty();
    }

    private ApiResponse Ingest(ApiRequest request)
    {
        var slug = request.Route("slug");
        var source = state.Sources.Values.FirstOrDefault(s => s.WebhookSlug == slug) ?? throw ApiException.NotFound();
        var table = state.RequireTable(source.TableId);
        var payload = request.Body ?? throw ApiException.BadRequest("Request body is required");

        var now = state.Now();
        var record = new TableRecord { Id = state.NewRecordId(table), CreatedAt = now, UpdatedAt = now, SourceId = source.Id };
        record.Cells[source.DataFieldId] = new Cell(payload.DeepClone(), "SUCCESS");
        table.Records.Add(record);
        return ApiResponse.Ok(new JsonObject { ["success"] = true, ["recordId"] = record.Id });
    }
}
