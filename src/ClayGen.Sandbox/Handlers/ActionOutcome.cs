using System.Text.Json.Nodes;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>
/// What a sandbox enrichment produces for one cell: a deterministic fake "work email" built from the
/// action's inputs (the <c>domain</c> input, else the first non-empty one), so tests can assert on it.
/// </summary>
internal static class ActionOutcome
{
    public static CellRun Decide(SandboxState state, Table table, Field field, TableRecord record, DateTimeOffset startedAt, string runId)
    {
        if (!state.Faults.TrySpendCredit())
        {
            return new CellRun(startedAt, "ERROR_OUT_OF_CREDITS", null, new JsonObject { ["error"] = "Out of credits" }, runId);
        }

        var inputs = Inputs(table, field, record);
        var source = inputs.FirstOrDefault(i => i.Key == "domain").Value ?? inputs.Select(i => i.Value).FirstOrDefault(v => v is not null);
        if (Domain(source) is not { } domain)
        {
            return new CellRun(startedAt, "SUCCESS_NO_DATA", null, null, runId);
        }

        var email = $"contact@{domain}";
        var inputJson = new JsonObject();
        foreach (var (name, value) in inputs)
        {
            inputJson[name] = value;
        }

        var full = new JsonObject
        {
            ["email"] = email,
            ["domain"] = domain,
            ["action"] = field.TypeSettings["actionKey"]?.DeepClone(),
            ["inputs"] = inputJson,
        };
        return new CellRun(startedAt, "SUCCESS", JsonValue.Create(email), full, runId);
    }

    /// <summary>Each input binding's value: the text of the cells its formula names (a formula of one reference is that cell).</summary>
    private static List<KeyValuePair<string, string?>> Inputs(Table table, Field field, TableRecord record)
    {
        var inputs = new List<KeyValuePair<string, string?>>();
        if (field.TypeSettings["inputsBinding"] is not JsonArray bindings)
        {
            return inputs;
        }

        foreach (var binding in bindings.OfType<JsonObject>())
        {
            var name = binding["name"] is JsonValue n && n.TryGetValue<string>(out var text) ? text : null;
            var formula = binding["formulaText"] is JsonValue f && f.TryGetValue<string>(out var formulaText) ? formulaText : null;
            if (name is null || formula is null)
            {
                continue;
            }

            var parts = FieldTypeSettings.References(formula)
                .Select(id => record.Cells.TryGetValue(id, out var cell) ? ViewHandlers.Text(cell.Value) : null)
                .Where(v => !string.IsNullOrWhiteSpace(v));
            var value = string.Join(" ", parts);
            inputs.Add(new(name, value.Length == 0 ? null : value));
        }

        return inputs;
    }

    /// <summary>"https://www.Acme.com/about" becomes "acme.com"; text without a dot gets ".com".</summary>
    private static string? Domain(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var text = input.Trim().ToLowerInvariant();
        if (Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "http://" + text, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal))
        {
            var host = uri.Host;
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }

        var slug = new string([.. text.Where(char.IsAsciiLetterOrDigit)]);
        return slug.Length == 0 ? null : slug + ".com";
    }
}
