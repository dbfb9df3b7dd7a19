using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Cli.Mcp;

/// <summary>Turns JSON arguments (System.Text.Json, as the SDK binds them) into the values ClayGen's Newtonsoft models take.</summary>
internal static class ToolValues
{
    /// <summary>A cell value: strings, numbers, booleans and null as plain values; objects and arrays as JSON.</summary>
    public static object? ToValue(JsonElement element) => JToken.Parse(element.GetRawText()) switch
    {
        JValue value => value.Value,
        var token => token,
    };

    /// <summary>Cells by field id, each key checked to be a field id.</summary>
    public static Dictionary<string, object?> ToCells(IReadOnlyDictionary<string, JsonElement>? cells, string name)
    {
        if (cells is null || cells.Count == 0)
        {
            throw new ArgumentException("must hold at least one cell: field id -> value, e.g. {\"f_abc\": \"Acme\"}.", name);
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (fieldId, value) in cells)
        {
            ClayArgs.RequireId(fieldId, name, "f_");
            values[fieldId] = ToValue(value);
        }

        return values;
    }

    public static T ToObject<T>(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("must be a JSON object.", name);
        }

        return JObject.Parse(element.GetRawText()).ToObject<T>() ?? throw new ArgumentException("must be a JSON object.", name);
    }
}
