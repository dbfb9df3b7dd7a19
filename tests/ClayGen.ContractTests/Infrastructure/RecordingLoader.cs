using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WireMock.Admin.Mappings;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>Finds and reads recordings: WireMock admin mapping JSON laid out as <c>&lt;Tag&gt;/&lt;operationId&gt;/&lt;scenario&gt;.json</c>.</summary>
public static class RecordingLoader
{
    /// <summary>The recordings copied beside the test assembly.</summary>
    public static string DefaultRoot { get; } = Path.Combine(AppContext.BaseDirectory, "Recordings");

    /// <summary>Every recording file under a root, as relative paths with forward slashes, sorted.</summary>
    /// <param name="root">The recordings folder.</param>
    public static IReadOnlyList<string> List(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Reads every recording under a root.</summary>
    /// <param name="root">The recordings folder.</param>
    public static IReadOnlyList<Recording> LoadAll(string root) => List(root).Select(p => Load(root, p)).ToList();

    /// <summary>Reads one recording.</summary>
    /// <param name="root">The recordings folder.</param>
    /// <param name="relativePath">Its path under the root.</param>
    public static Recording Load(string root, string relativePath) =>
        Parse(relativePath, File.ReadAllText(Path.Combine(root, relativePath)));

    /// <summary>Reads a recording from text, as if it were the file at <paramref name="relativePath"/>.</summary>
    /// <param name="relativePath">Where the file would be (<c>Tag/operationId/scenario.json</c>).</param>
    /// <param name="text">The mapping JSON: one mapping object, or an array of them.</param>
    /// <exception cref="InvalidDataException">The layout or the JSON is not a recording.</exception>
    public static Recording Parse(string relativePath, string text)
    {
        var segments = relativePath.Replace('\\', '/').Split('/');
        if (segments.Length != 3 || !segments[2].EndsWith(".json", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{relativePath}: a recording must live at <Tag>/<operationId>/<scenario>.json.");
        }

        JToken token;
        try
        {
            token = JsonText.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{relativePath}: not JSON ({ex.Message}).", ex);
        }

        var json = token switch
        {
            JObject single => [single],
            JArray many when many.Count > 0 && many.All(m => m is JObject) => many.Cast<JObject>().ToList(),
            _ => throw new InvalidDataException($"{relativePath}: expected a mapping object or a non-empty array of them."),
        };

        var mappings = new List<MappingModel>();
        for (var i = 0; i < json.Count; i++)
        {
            if (json[i]["Request"] is not JObject || json[i]["Response"] is not JObject)
            {
                throw new InvalidDataException($"{relativePath}: mapping {i} needs a Request and a Response.");
            }

            // Dates stay strings (DateParseHandling.None in JsonText), or WireMock would compare a DateTime's
            // ToString() with the query value the client sent.
            var model = json[i].ToObject<MappingModel>(JsonSerializer.Create(JsonText.Settings))
                ?? throw new InvalidDataException($"{relativePath}: mapping {i} is empty.");
            model.Guid ??= StableGuid(relativePath + "#" + i);
            model.Title ??= $"{relativePath}#{i}";
            mappings.Add(model);
        }

        return new Recording(string.Join('/', segments), text, json, mappings);
    }

    private static Guid StableGuid(string text) => new(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
