using WireMock;

namespace ClayGen.ContractTests.Checks;

/// <summary>A request as the WireMock server received it: what the client really sent.</summary>
public sealed record SentRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query, string? Cookie, string? Body)
{
    public static SentRequest From(IRequestMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var cookie = message.Headers?.FirstOrDefault(h => h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return new SentRequest(message.Method.ToUpperInvariant(), message.Path, ParseQuery(message.RawQuery), cookie, string.IsNullOrEmpty(message.Body) ? null : message.Body);
    }

    /// <summary>The path and query as sent (names raw, so literal brackets show).</summary>
    public string PathAndQuery => Query.Count == 0 ? Path : Path + "?" + string.Join('&', Query.Select(q => $"{q.Key}={q.Value}"));

    public string? QueryValue(string name) => Query.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.Ordinal)).Value;

    // Names stay as sent (a percent-encoded bracket is a different name to Clay); values are decoded, as WireMock matches them.
    private static List<KeyValuePair<string, string>> ParseQuery(string? rawQuery) =>
        string.IsNullOrEmpty(rawQuery)
            ? []
            : rawQuery.TrimStart('?')
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty))
                .ToList();
}
