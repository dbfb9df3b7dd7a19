using Newtonsoft.Json.Linq;

namespace ClayGen.ContractTests.Checks;

/// <summary>The request a mapping expects, read from its matchers (exact patterns only).</summary>
public sealed record RecordedRequest(
    IReadOnlyList<string> Methods,
    string? Path,
    IReadOnlyList<KeyValuePair<string, string?>> Params,
    string? Cookie,
    string? BodyMatcher,
    JToken? BodyPattern)
{
    public static RecordedRequest From(JObject mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var request = mapping["Request"] as JObject ?? [];
        var methods = (request["Methods"] as JArray)?.Select(m => ((string?)m ?? string.Empty).ToUpperInvariant()).ToList() ?? [];
        var path = request["Path"] switch
        {
            JValue { Type: JTokenType.String } text => (string?)text,
            JObject model => FirstPattern(model)?.ToString(),
            _ => null,
        };
        var parameters = (request["Params"] as JArray ?? [])
            .OfType<JObject>()
            .Select(p => new KeyValuePair<string, string?>((string?)p["Name"] ?? string.Empty, FirstPattern(p)?.ToString()))
            .ToList();
        var cookie = (request["Headers"] as JArray ?? [])
            .OfType<JObject>()
            .FirstOrDefault(h => string.Equals((string?)h["Name"], "Cookie", StringComparison.OrdinalIgnoreCase));
        var body = request["Body"]?["Matcher"] as JObject;
        return new RecordedRequest(methods, path, parameters, cookie is null ? null : FirstPattern(cookie)?.ToString(), (string?)body?["Name"], body?["Pattern"]);
    }

    public string Describe()
    {
        var query = Params.Count == 0 ? string.Empty : "?" + string.Join('&', Params.Select(p => $"{p.Key}={p.Value}"));
        return $"{string.Join('|', Methods)} {Path}{query}";
    }

    private static JToken? FirstPattern(JObject owner) => (owner["Matchers"] as JArray)?.FirstOrDefault()?["Pattern"];
}
