using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Checks written cells the way Clay does: known field ids, plain values only.</summary>
internal static class CellValidation
{
    /// <summary>Returns detached copies of the values, keyed by field id; throws a 400 on the first bad cell.</summary>
    public static List<KeyValuePair<string, JsonNode?>> Read(Table table, JsonNode? cellsNode, string path)
    {
        if (cellsNode is null)
        {
            return [];
        }

        if (cellsNode is not JsonObject cells)
        {
            throw ApiException.BadRequest($"{path} - Expected object");
        }

        var values = new List<KeyValuePair<string, JsonNode?>>(cells.Count);
        foreach (var (fieldId, value) in cells)
        {
            if (table.FindField(fieldId) is null)
            {
                throw ApiException.BadRequest($"Field {fieldId} does not exist in table {table.Id}");
            }

            // Clients that mirror the read shape ({"value": ...}) get Clay's coercion error.
            if (value is JsonObject)
            {
                throw new ApiException(400, new JsonObject
                {
                    ["message"] = "Invalid cell value",
                    ["coercionErrorCode"] = "INVALID_VALUE",
                    ["fieldId"] = fieldId,
                });
            }

            values.Add(new KeyValuePair<string, JsonNode?>(fieldId, value?.DeepClone()));
        }

        return values;
    }
}
