using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

/// <summary>A view's filter: conditions combined with AND (all must hold) or OR (any).</summary>
internal sealed record ViewFilter(bool MatchAll, IReadOnlyList<ViewFilterCondition> Conditions)
{
    /// <summary>The filter as the view answers it (<c>{combinationMode, items}</c>).</summary>
    public JsonObject ToJson()
    {
        var items = new JsonArray();
        foreach (var condition in Conditions)
        {
            items.Add(new JsonObject { ["fieldId"] = condition.FieldId, ["type"] = condition.Operator, ["value"] = condition.Value?.DeepClone() });
        }

        return new JsonObject { ["combinationMode"] = MatchAll ? "AND" : "OR", ["items"] = items };
    }
}
