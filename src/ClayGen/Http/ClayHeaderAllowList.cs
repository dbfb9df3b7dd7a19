namespace ClayGen.Http;

/// <summary>
/// The headers whose values may appear in logs and exceptions. An allow-list, so a header Clay
/// adds tomorrow (or a cookie under a new name) is redacted until someone decides otherwise.
/// </summary>
public static class ClayHeaderAllowList
{
    /// <summary>Header names (case-insensitive) whose values are safe to show.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Accept-Encoding", "User-Agent", "ETag",
        "Content-Type", "Content-Length", "Content-Encoding", "Date", "Retry-After", "Server", "Vary",
        "Cache-Control", "Transfer-Encoding", "X-Request-Id", "Request-Id", "X-Amzn-RequestId",
        "X-Amzn-Trace-Id", "X-Correlation-Id", "CF-Ray", "RateLimit-Limit", "RateLimit-Remaining",
        "RateLimit-Reset", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
    };

    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id", "CF-Ray"];

    /// <summary>Whether a header's value may be shown.</summary>
    /// <param name="name">The header name.</param>
    public static bool IsAllowed(string name) => Names.Contains(name);

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> Snapshot(HttpResponseMessage response)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(result, response.Headers);
        if (response.Content is not null)
        {
            Add(result, response.Content.Headers);
        }

        return result;
    }

    internal static string? RequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> result, System.Net.Http.Headers.HttpHeaders headers)
    {
        foreach (var header in headers)
        {
            result[header.Key] = IsAllowed(header.Key) ? header.Value.ToArray() : [ClayRedactor.Mask];
        }
    }
}
