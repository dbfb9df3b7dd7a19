using System.Text.Json.Nodes;
using ClayGen.Sandbox.Model;

namespace ClayGen.Sandbox.Handlers;

/// <summary>A node of a credit report tree; a parent's totals are the sums of everything under it.</summary>
internal sealed class CreditNode(CreditEntity? entity)
{
    private readonly List<CreditNode> _children = [];
    private readonly Dictionary<string, CreditNode> _byId = new(StringComparer.Ordinal);

    public double Credits { get; private set; }

    public int ActionExecutions { get; private set; }

    public IReadOnlyList<CreditNode> Children => _children;

    /// <summary>Adds spend along <paramref name="path"/> (outermost first), creating nodes as needed.</summary>
    public void Add(IEnumerable<CreditEntity> path, double credits, int executions)
    {
        var node = this;
        foreach (var step in path)
        {
            if (!node._byId.TryGetValue(step.Id, out var child))
            {
                child = new CreditNode(step);
                node._byId.Add(step.Id, child);
                node._children.Add(child);
            }

            child.Credits += credits;
            child.ActionExecutions += executions;
            node = child;
        }
    }

    public JsonObject ToJson()
    {
        var subentities = new JsonArray();
        foreach (var child in _children)
        {
            subentities.Add(child.ToJson());
        }

        return new JsonObject
        {
            ["id"] = entity?.Id,
            ["entity"] = new JsonObject
            {
                ["name"] = entity?.Name,
                ["isDeleted"] = entity?.IsDeleted ?? false,
                ["__kind"] = entity?.Kind,
            },
            ["credits"] = Math.Round(Credits, 2),
            ["actionExecutions"] = ActionExecutions,
            ["subentities"] = subentities,
        };
    }
}
