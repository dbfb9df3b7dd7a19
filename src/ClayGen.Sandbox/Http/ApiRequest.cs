using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Http;

/// <summary>A request after routing: what a handler needs, already parsed.</summary>
internal sealed class ApiRequest(
    string method,
    string path,
    IReadOnlyList<KeyValuePair<string, string>> query,
    JsonNode? body,
    IReadOnlyDictionary<string, string> routeValues)
{
    public string Method { get; } = method;

    public string Path { get; } = path;

    /// <summary>Query pairs in order, names and values percent-decoded (so <c>%5B</c> is already <c>[</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; } = query;

    /// <summary>The parsed JSON body; <see langword="null"/> when the request had none (or a JSON <c>null</c>).</summary>
    public JsonNode? Body { get; } = body;

    public string Route(string name) => routeValues[name];

    public string? QueryValue(string name)
    {
        foreach (var pair in Query)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The body as an object, or a 400 when it is anything else.</summary>
    public JsonObject RequireObject() =>
        Body as JsonObject ?? throw ApiException.BadRequest("Request body must be a JSON object");

    /// <summary>The body as an object; an absent body counts as <c>{}</c>.</summary>
    public JsonObject ObjectOrEmpty() => Body is null ? [] : RequireObject();
}
