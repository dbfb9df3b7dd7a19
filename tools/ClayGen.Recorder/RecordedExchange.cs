namespace ClayGen.Recorder;

/// <summary>One request the recorder forwarded to Clay and the response it got back.</summary>
/// <param name="Method">The HTTP method (upper case).</param>
/// <param name="Path">The request path as WireMock matches it (e.g. <c>/v3/workspaces/712043/resources_v2/</c>).</param>
/// <param name="Query">The query parameters in order, names as sent (<c>timeRange[startTime]</c>), values decoded.</param>
/// <param name="RequestHeaders">The request headers that matter to a recording (<c>Cookie</c>, <c>Content-Type</c>).</param>
/// <param name="RequestBody">The request body, or null when there was none.</param>
/// <param name="StatusCode">The response status.</param>
/// <param name="ResponseHeaders">The response headers.</param>
/// <param name="ResponseBody">The response body as text (empty when there was none).</param>
public sealed record RecordedExchange(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    string? RequestBody,
    int StatusCode,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    string ResponseBody)
{
    /// <summary>The first value of a response header, if present.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    public string? ResponseHeader(string name) =>
        ResponseHeaders.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The first value of a request header, if present.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    public string? RequestHeader(string name) =>
        RequestHeaders.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
