using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Http;

/// <summary>Lenient readers for request bodies: each returns null (or false) when the shape is wrong.</summary>
internal static class JsonRead
{
    /// <summary>The body as an object, or a 400 when it is anything else (an absent body included).</summary>
    public static JsonObject RequireObject(JsonNode? body) =>
        body as JsonObject ?? throw ApiException.BadRequest("Request body must be a JSON object");

    /// <summary>The body as an object; an absent body counts as <c>{}</c>.</summary>
    public static JsonObject ObjectOrEmpty(JsonNode? body) => body is null ? [] : RequireObject(body);

    public static string? String(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A name that may be left out: null when absent, a 400 when present but not a non-blank string.</summary>
    public static string? OptionalName(JsonObject obj, string name)
    {
        if (obj[name] is null)
        {
            return null;
        }

        var text = String(obj, name);
        return string.IsNullOrWhiteSpace(text) ? throw ApiException.BadRequest($"{name} - Expected non-empty string") : text;
    }

    public static bool? Bool(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>An integer sent either as a JSON number or as a numeric string (Clay accepts both for ids).</summary>
    public static bool TryInt(JsonNode? node, out int result)
    {
        result = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        if (value.GetValueKind() == JsonValueKind.Number)
        {
            return value.TryGetValue(out result)
                || (value.TryGetValue<double>(out var d) && d == Math.Floor(d) && int.TryParse(d.ToString(CultureInfo.InvariantCulture), out result));
        }

        return value.TryGetValue<string>(out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>A list of strings; null when absent, a 400 when present but not an array of strings.</summary>
    public static List<string>? StringList(JsonObject obj, string name)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            throw ApiException.BadRequest($"{name} - Expected array");
        }

        var list = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonValue value || !value.TryGetValue<string>(out var text))
            {
                throw ApiException.BadRequest($"{name} - Expected string");
            }

            list.Add(text);
        }

        return list;
    }

    /// <summary>A list of integers (numbers or numeric strings); null when absent, 400 when malformed.</summary>
    public static List<int>? IntList(JsonObject obj, string name)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            throw ApiException.BadRequest($"{name} - Expected array");
        }

        var list = new List<int>(array.Count);
        foreach (var item in array)
        {
            if (!TryInt(item, out var number))
            {
                throw ApiException.BadRequest($"{name} - Expected number");
            }

            list.Add(number);
        }

        return list;
    }
}
