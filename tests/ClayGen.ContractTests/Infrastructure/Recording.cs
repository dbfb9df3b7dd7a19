using Newtonsoft.Json.Linq;
using WireMock.Admin.Mappings;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>
/// One recording file: <c>Recordings/&lt;Tag&gt;/&lt;operationId&gt;/&lt;scenario&gt;.json</c>, holding one WireMock
/// mapping (or several, for a scenario that spans requests, such as a 429 answered by a retry).
/// </summary>
public sealed class Recording
{
    internal Recording(string relativePath, string text, IReadOnlyList<JObject> json, IReadOnlyList<MappingModel> mappings)
    {
        RelativePath = relativePath;
        var segments = relativePath.Split('/');
        (Tag, OperationId, Scenario) = (segments[0], segments[1], Path.GetFileNameWithoutExtension(segments[2]));
        Text = text;
        Json = json;
        Mappings = mappings;
    }

    /// <summary>The path under <c>Recordings/</c>, with forward slashes (<c>Tables/countRows/count.json</c>).</summary>
    public string RelativePath { get; }

    /// <summary>The spec tag named by the folder.</summary>
    public string Tag { get; }

    /// <summary>The spec operation id named by the folder.</summary>
    public string OperationId { get; }

    /// <summary>The scenario named by the file.</summary>
    public string Scenario { get; }

    /// <summary>The file's text, as committed.</summary>
    public string Text { get; }

    /// <summary>Each mapping as JSON, in file order.</summary>
    public IReadOnlyList<JObject> Json { get; }

    /// <summary>Each mapping as WireMock's admin model, in file order, each with a stable Guid.</summary>
    public IReadOnlyList<MappingModel> Mappings { get; }

    /// <summary>The mapping whose response the client's result is judged by: the last one.</summary>
    public JObject Final => Json[^1];

    /// <summary>The final response's status.</summary>
    public int FinalStatus => StatusOf(Final);

    /// <summary>Whether the final response is a success (2xx).</summary>
    public bool IsSuccess => FinalStatus is >= 200 and < 300;

    /// <summary>Why the recording deliberately breaks the spec (<c>Data.offSpec</c>), if it does.</summary>
    public string? OffSpec => Json.Select(m => (string?)m["Data"]?["offSpec"]).FirstOrDefault(s => s is not null);

    /// <summary>A name for snapshots: <c>Tag_operationId_scenario</c>.</summary>
    public string SnapshotName => $"{Tag}_{OperationId}_{Scenario}";

    /// <summary>The status of a mapping's response.</summary>
    /// <param name="mapping">The mapping.</param>
    public static int StatusOf(JObject mapping) => (int?)mapping["Response"]?["StatusCode"] ?? 200;

    /// <summary>A response header of a mapping (case-insensitive), first value.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="name">The header name.</param>
    public static string? ResponseHeader(JObject mapping, string name)
    {
        if (mapping["Response"]?["Headers"] is not JObject headers)
        {
            return null;
        }

        var value = headers.Properties().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
        return value switch
        {
            JArray array => (string?)array.FirstOrDefault(),
            JValue scalar => scalar.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>The media type of a mapping's response (<c>application/json</c>), without parameters.</summary>
    /// <param name="mapping">The mapping.</param>
    public static string? MediaType(JObject mapping) =>
        ResponseHeader(mapping, "Content-Type")?.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>
    /// The response body of a mapping as JSON when it is JSON (<c>BodyAsJson</c>, or a <c>Body</c> string that
    /// parses); null for an empty or non-JSON body.
    /// </summary>
    /// <param name="mapping">The mapping.</param>
    public static JToken? JsonBody(JObject mapping)
    {
        var response = mapping["Response"];
        if (response?["BodyAsJson"] is { } json)
        {
            return json;
        }

        return response?["Body"] is JValue { Type: JTokenType.String } text ? JsonText.TryParse((string)text!) : null;
    }

    /// <summary>The response body of a mapping as text (JSON bodies compact).</summary>
    /// <param name="mapping">The mapping.</param>
    public static string BodyText(JObject mapping)
    {
        var response = mapping["Response"];
        if (response?["BodyAsJson"] is { } json)
        {
            return json.ToString(Newtonsoft.Json.Formatting.None);
        }

        return (string?)response?["Body"] ?? string.Empty;
    }

    /// <inheritdoc />
    public override string ToString() => RelativePath;
}
