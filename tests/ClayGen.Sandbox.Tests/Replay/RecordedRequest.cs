using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Tests.Replay;

/// <summary>
/// The request half of one contract recording (one WireMock mapping), and the status Clay answered.
/// A file holds one mapping or, for a scenario, an array of them.
/// </summary>
internal sealed record RecordedRequest(
    string Key,
    string Title,
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? Body,
    bool SendsSession,
    int Status)
{
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Recordings");

    /// <summary>The operation's folder, e.g. <c>Tables/addRecords</c>.</summary>
    public string Operation => Key[..Key.LastIndexOf('/')];

    // Read once per test run: every replay case looks its recording up here.
    private static readonly Lazy<IReadOnlyList<RecordedRequest>> All = new(ReadAll);
    private static readonly Lazy<Dictionary<string, RecordedRequest>> ByKey = new(() => All.Value.ToDictionary(r => r.Key, StringComparer.Ordinal));

    public static IReadOnlyList<RecordedRequest> LoadAll() => All.Value;

    public static RecordedRequest Load(string key) => ByKey.Value[key];

    private static List<RecordedRequest> ReadAll()
    {
        var all = new List<RecordedRequest>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = System.IO.Path.GetRelativePath(Root, file).Replace('\\', '/');
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            var mappings = node as JsonArray ?? [node.DeepClone()];
            for (var i = 0; i < mappings.Count; i++)
            {
                all.Add(Read($"{relative}#{i}", mappings[i]!.AsObject()));
            }
        }

        return all;
    }

    private static RecordedRequest Read(string key, JsonObject mapping)
    {
        var request = mapping["Request"]!.AsObject();
        var query = new List<KeyValuePair<string, string>>();
        foreach (var param in request["Params"]?.AsArray() ?? [])
        {
            query.Add(new(param!["Name"]!.GetValue<string>(), Exact(param["Matchers"]!.AsArray(), key)));
        }

        string? body = null;
        if (request["Body"]?["Matcher"] is JsonObject matcher)
        {
            // Anything but a JSON pattern would need its own replay rule: fail rather than guess.
            Assert.True(matcher["Name"]!.GetValue<string>() == "JsonMatcher", $"{key}: body matcher {matcher["Name"]} has no replay rule");
            body = matcher["Pattern"]!.ToJsonString();
        }

        var sendsSession = (request["Headers"]?.AsArray() ?? []).Any(h => h!["Name"]!.GetValue<string>() == "Cookie");
        return new RecordedRequest(
            key,
            mapping["Title"]!.GetValue<string>(),
            request["Methods"]!.AsArray().Single()!.GetValue<string>(),
            Exact(request["Path"]!["Matchers"]!.AsArray(), key),
            query,
            body,
            sendsSession,
            mapping["Response"]!["StatusCode"]!.GetValue<int>());
    }

    private static string Exact(JsonArray matchers, string key)
    {
        var matcher = Assert.Single(matchers)!;
        Assert.True(matcher["Name"]!.GetValue<string>() == "ExactMatcher", $"{key}: matcher {matcher["Name"]} has no replay rule");
        return matcher["Pattern"]!.GetValue<string>();
    }
}
