using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Recorder;

/// <summary>
/// Writes scrubbed exchanges as WireMock mapping files (the admin API's mapping JSON), one per
/// scenario, at <c>&lt;root&gt;/&lt;Tag&gt;/&lt;operationId&gt;/&lt;scenario&gt;.json</c>.
/// </summary>
public sealed class RecordingWriter
{
    private static readonly JsonSerializerSettings ParseSettings = new()
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    };

    private readonly string _root;
    private readonly bool _overwrite;

    /// <summary>Creates a writer.</summary>
    /// <param name="root">The recordings folder (e.g. <c>tests/ClayGen.ContractTests/Recordings</c>).</param>
    /// <param name="overwrite">Replace an existing scenario file instead of adding a numbered one.</param>
    public RecordingWriter(string root, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = root;
        _overwrite = overwrite;
    }

    /// <summary>The file a scenario of an operation lives in.</summary>
    /// <param name="root">The recordings folder.</param>
    /// <param name="route">The operation.</param>
    /// <param name="scenario">The scenario name (a file name without extension).</param>
    public static string PathFor(string root, SpecRoute route, string scenario)
    {
        ArgumentNullException.ThrowIfNull(route);
        return Path.Combine(root, route.Tag, route.OperationId, scenario + ".json");
    }

    /// <summary>The scenario name used when none is given: <c>recorded</c> for a success, <c>&lt;status&gt;-recorded</c> otherwise.</summary>
    /// <param name="statusCode">The recorded status.</param>
    public static string DefaultScenario(int statusCode) =>
        statusCode is >= 200 and < 300 ? "recorded" : statusCode.ToString(CultureInfo.InvariantCulture) + "-recorded";

    /// <summary>Builds the mapping of a scrubbed exchange.</summary>
    /// <param name="exchange">The exchange, already scrubbed.</param>
    /// <param name="route">The operation it served.</param>
    /// <param name="scenario">The scenario name.</param>
    /// <param name="source">Where it was recorded (the Clay base address), for the mapping's <c>Data</c>.</param>
    /// <param name="recordedOn">The day it was recorded.</param>
    public static JObject ToMapping(RecordedExchange exchange, SpecRoute route, string scenario, Uri source, DateOnly recordedOn)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(source);

        var request = new JObject
        {
            ["Path"] = new JObject { ["Matchers"] = new JArray(Matcher("ExactMatcher", exchange.Path)) },
            ["Methods"] = new JArray(exchange.Method),
        };
        if (exchange.Query.Count > 0)
        {
            request["Params"] = new JArray(exchange.Query.Select(q => new JObject
            {
                ["Name"] = q.Key,
                ["Matchers"] = new JArray(Matcher("ExactMatcher", q.Value)),
            }));
        }

        if (exchange.RequestHeader("Cookie") is { } cookie)
        {
            request["Headers"] = new JArray(new JObject
            {
                ["Name"] = "Cookie",
                ["Matchers"] = new JArray(Matcher("ExactMatcher", cookie)),
            });
        }

        if (!string.IsNullOrEmpty(exchange.RequestBody))
        {
            request["Body"] = new JObject
            {
                ["Matcher"] = TryParseJson(exchange.RequestBody) is { } json
                    ? Matcher("JsonMatcher", json)
                    : Matcher("ExactMatcher", exchange.RequestBody),
            };
        }

        var headers = new JObject();
        foreach (var group in exchange.ResponseHeaders.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            var values = group.Select(h => h.Value).ToList();
            headers[group.Key] = values.Count == 1 ? new JValue(values[0]) : new JArray(values);
        }

        var response = new JObject { ["StatusCode"] = exchange.StatusCode };
        if (headers.Count > 0)
        {
            response["Headers"] = headers;
        }

        if (TryParseJson(exchange.ResponseBody) is { } responseJson)
        {
            response["BodyAsJson"] = responseJson;
        }
        else
        {
            response["Body"] = exchange.ResponseBody;
        }

        return new JObject
        {
            ["Title"] = $"{route.OperationId}: {scenario}",
            ["Description"] = $"{exchange.Method} {route.Template} answered {exchange.StatusCode.ToString(CultureInfo.InvariantCulture)}, recorded from Clay.",
            ["Request"] = request,
            ["Response"] = response,
            ["Data"] = new JObject
            {
                ["recordedFrom"] = source.GetLeftPart(UriPartial.Authority),
                ["recordedOn"] = recordedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>Writes one recording and returns its path; an existing scenario gets a numbered sibling unless overwriting.</summary>
    /// <param name="exchange">The exchange, already scrubbed.</param>
    /// <param name="route">The operation it served.</param>
    /// <param name="scenario">The scenario name.</param>
    /// <param name="source">Where it was recorded.</param>
    /// <param name="recordedOn">The day it was recorded.</param>
    public string Write(RecordedExchange exchange, SpecRoute route, string scenario, Uri source, DateOnly recordedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenario);
        if (scenario.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || scenario.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("A scenario name must be a plain file name without extension.", nameof(scenario));
        }

        var path = PathFor(_root, route, scenario);
        for (var n = 2; !_overwrite && File.Exists(path); n++)
        {
            path = PathFor(_root, route, string.Create(CultureInfo.InvariantCulture, $"{scenario}-{n}"));
        }

        var name = Path.GetFileNameWithoutExtension(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = ToMapping(exchange, route, name, source, recordedOn).ToString(Formatting.Indented) + "\n";
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static JObject Matcher(string name, JToken pattern) => new() { ["Name"] = name, ["Pattern"] = pattern };

    private static JToken? TryParseJson(string? text)
    {
        var trimmed = text?.TrimStart();
        if (string.IsNullOrEmpty(trimmed) || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<JToken>(text!, ParseSettings);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
