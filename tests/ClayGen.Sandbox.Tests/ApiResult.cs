using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Tests;

/// <summary>A response read eagerly, so tests can assert on status, headers and JSON alike.</summary>
internal sealed record ApiResult(HttpStatusCode Status, HttpResponseHeaders Headers, string Text)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("JSON null body");

    public string? Message => Json["message"]?.GetValue<string>();
}
