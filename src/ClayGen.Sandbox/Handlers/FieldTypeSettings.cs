using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Checks a field's <c>typeSettings</c> for its type, as Clay does on create and update.</summary>
internal static partial class FieldTypeSettings
{
    private static readonly HashSet<string> PlainTypes = new(StringComparer.Ordinal)
    {
        "text", "number", "email", "url", "date", "boolean", "select", "currency", "image", "json",
    };

    /// <summary>Returns a detached copy of the settings; a 400 when they do not fit the type.</summary>
    public static JsonObject Validate(Table table, string type, JsonNode? node)
    {
        if (node is not null and not JsonObject)
        {
            throw ApiException.BadRequest("typeSettings - Expected object");
        }

        var settings = (JsonObject?)node?.DeepClone() ?? [];
        if (PlainTypes.Contains(type))
        {
            if (settings["dataTypeSettings"] is not JsonObject dataType || JsonRead.String(dataType, "type") is null)
            {
                throw ApiException.BadRequest("Missing data type settings");
            }
        }
        else if (type == "action")
        {
            ValidateAction(settings);
        }
        else if (type is not ("formula" or "source"))
        {
            throw ApiException.BadRequest($"type - Unsupported field type '{type}'");
        }

        RequireKnownReferences(table, settings, "typeSettings");
        return settings;
    }

    /// <summary>The field ids a formula text refers to (<c>{{f_abc}}</c>).</summary>
    public static IEnumerable<string> References(string formula) =>
        FieldReference().Matches(formula).Select(m => m.Groups[1].Value);

    private static void ValidateAction(JsonObject settings)
    {
        if (string.IsNullOrWhiteSpace(JsonRead.String(settings, "actionKey")))
        {
            throw ApiException.BadRequest("typeSettings.actionKey - Required");
        }

        if (settings["inputsBinding"] is not JsonArray bindings)
        {
            throw ApiException.BadRequest("typeSettings.inputsBinding - Required");
        }

        RequireBindingNames(bindings, "typeSettings.inputsBinding");
    }

    /// <summary>Every input binding is an object naming the action's input it feeds.</summary>
    private static void RequireBindingNames(JsonArray bindings, string path)
    {
        for (var i = 0; i < bindings.Count; i++)
        {
            if (bindings[i] is not JsonObject binding || string.IsNullOrWhiteSpace(JsonRead.String(binding, "name")))
            {
                throw ApiException.BadRequest($"{path}[{i}].name - Required");
            }
        }
    }

    // Formulas anywhere in the settings (inputs, run conditions) may only name fields of the table.
    private static void RequireKnownReferences(Table table, JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    RequireKnownReferences(table, child, $"{path}.{name}");
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    RequireKnownReferences(table, array[i], $"{path}[{i}]");
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                foreach (var fieldId in References(text))
                {
                    if (table.FindField(fieldId) is null)
                    {
                        throw ApiException.BadRequest($"{path} - Field {fieldId} does not exist in table {table.Id}");
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"\{\{\s*(f_[A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex FieldReference();
}
