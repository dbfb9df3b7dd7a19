using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>
/// The public webhook URL that feeds rows into a table (one row per POST, paced by a rate limit on the
/// sandbox's clock), and the auth token a source can require of senders.
/// </summary>
internal sealed class WebhookHandlers(SandboxState state)
{
    private const string AuthHeader = "x-clay-webhook-auth";

    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("POST", "/sources/webhook/auth-token/{sourceId}", (string sourceId) => IssueToken(sourceId));
        v3.MapSandboxRoute("PATCH", "/sources/webhook/response-type/{sourceId}", (string sourceId, [FromBody] JsonNode? body) => SetResponseType(sourceId, body));
        // Webhook URLs are handed to third parties, so they work without a session (as on Clay).
        v3.MapSandboxRoute("POST", "/sources/webhook/{slug}", (string slug, HttpRequest request, HttpResponse response, [FromBody] JsonNode? body) => Ingest(slug, request, response, body)).AllowAnonymous();
    }

    // Shown once, as on Clay: the source keeps it, and from now on senders must present it.
    private IResult IssueToken(string sourceId)
    {
        var source = state.Sources.GetValueOrDefault(sourceId) ?? throw ApiException.NotFound();
        if (source.WebhookSlug is null)
        {
            throw ApiException.BadRequest($"Source {sourceId} is not a webhook source");
        }

        source.AuthToken = state.Ids.Next(string.Empty, 40);
        return ApiResults.Ok(new JsonObject { ["token"] = source.AuthToken });
    }

    // Kept where a table created with a webhook source carries it: the source's typeSettings.
    private IResult SetResponseType(string sourceId, JsonNode? request)
    {
        var source = state.Sources.GetValueOrDefault(sourceId) ?? throw ApiException.NotFound();
        if (source.WebhookSlug is null)
        {
            throw ApiException.BadRequest($"Source {sourceId} is not a webhook source");
        }

        var body = JsonRead.RequireObject(request);
        if (JsonRead.String(body, "sourceId") != sourceId)
        {
            throw ApiException.BadRequest("sourceId - Must be the source of the route");
        }

        var responseType = JsonRead.String(body, "responseType");
        if (responseType is not ("JSON" or "PLAIN_TEXT"))
        {
            throw ApiException.BadRequest($"responseType - Invalid enum value. Expected 'JSON' | 'PLAIN_TEXT', received '{responseType}'");
        }

        source.TypeSettings["responseType"] = responseType;
        return ApiResults.Ok(new JsonObject { ["success"] = true, ["responseType"] = responseType });
    }

    private IResult Ingest(string slug, HttpRequest request, HttpResponse response, JsonNode? body)
    {
        var source = state.Sources.Values.FirstOrDefault(s => s.WebhookSlug == slug) ?? throw ApiException.NotFound();
        var table = state.RequireTable(source.TableId);
        if (source.AuthToken is { } token && !TokenMatches(token, request.Headers[AuthHeader]))
        {
            return ApiResults.Error(StatusCodes.Status401Unauthorized, $"Missing or invalid {AuthHeader} header", "Unauthorized");
        }

        var payload = body ?? throw ApiException.BadRequest("Request body is required");
        var now = state.Now();
        if (!state.WebhookLimit.TryTake(now, out var wait))
        {
            response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ApiResults.Error(StatusCodes.Status429TooManyRequests, "Too many webhook requests: slow down", "RateLimited");
        }

        var record = new TableRecord { Id = state.NewRecordId(table), CreatedAt = now, UpdatedAt = now, SourceId = source.Id };
        record.Cells[source.DataFieldId] = new Cell(payload.DeepClone(), "SUCCESS");
        // Keys that name a plain field fill it; other keys stay in the payload only.
        if (payload is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                if (table.Fields.Find(f => string.Equals(f.Name, key, StringComparison.OrdinalIgnoreCase)) is { Type: not ("action" or "source") } field
                    && value is not JsonObject)
                {
                    record.Cells[field.Id] = new Cell(value?.DeepClone(), "SUCCESS");
                }
            }
        }

        table.Records.Add(record);
        source.NumSourceRecords++;
        return ApiResults.Ok(new JsonObject { ["success"] = true, ["recordId"] = record.Id });
    }

    private static bool TokenMatches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
