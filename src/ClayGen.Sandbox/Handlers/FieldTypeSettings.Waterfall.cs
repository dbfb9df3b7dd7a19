using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;

namespace ClayGen.Sandbox.Handlers;

internal static partial class FieldTypeSettings
{
    /// <summary>
    /// The settings of a waterfall's action field: its first step's action (the one a run starts
    /// with) and every step under <c>waterfallConfigs</c>; a 400 naming the step when one does not fit.
    /// </summary>
    public static JsonObject ValidateWaterfall(Table table, JsonArray configs, JsonNode? runAsButton)
    {
        if (configs.Count == 0)
        {
            throw ApiException.BadRequest("waterfallConfigs - Expected at least one action");
        }

        var steps = new JsonArray();
        for (var i = 0; i < configs.Count; i++)
        {
            var path = $"waterfallConfigs[{i}]";
            if (configs[i] is not JsonObject config)
            {
                throw ApiException.BadRequest($"{path} - Expected object");
            }

            foreach (var required in new[] { "actionKey", "actionPackageId" })
            {
                if (string.IsNullOrWhiteSpace(JsonRead.String(config, required)))
                {
                    throw ApiException.BadRequest($"{path}.{required} - Required");
                }
            }

            if (config["inputsBinding"] is { } inputs)
            {
                if (inputs is not JsonArray bindings)
                {
                    throw ApiException.BadRequest($"{path}.inputsBinding - Expected array");
                }

                RequireBindingNames(bindings, $"{path}.inputsBinding");
            }

            RequireKnownReferences(table, config, path);
            steps.Add(config.DeepClone());
        }

        var first = (JsonObject)steps[0]!;
        var settings = new JsonObject
        {
            ["actionKey"] = first["actionKey"]?.DeepClone(),
            ["actionPackageId"] = first["actionPackageId"]?.DeepClone(),
            ["actionVersion"] = 1,
            ["dataTypeSettings"] = new JsonObject { ["type"] = "json" },
            ["inputsBinding"] = first["inputsBinding"]?.DeepClone() ?? new JsonArray(),
            ["waterfallConfigs"] = steps,
        };
        if (first["authAccountId"] is JsonValue account)
        {
            settings["authAccountId"] = account.DeepClone();
        }

        if (runAsButton is JsonValue button)
        {
            settings["runAsButton"] = button.DeepClone();
        }

        return settings;
    }
}
