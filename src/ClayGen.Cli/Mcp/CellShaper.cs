using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Cli.Mcp;

/// <summary>
/// Cells as a model reads them: a plain value as is, an enrichment that did not succeed as its status, and any
/// value longer than the limit cut short with a note, so one wide column cannot crowd out the rest of a page.
/// </summary>
internal sealed class CellShaper(int maxChars)
{
    /// <summary>How many values this shaper has cut so far.</summary>
    public int Truncated { get; private set; }

    public Dictionary<string, JToken?> Cells(Record record, IReadOnlyCollection<string>? fieldIds = null)
    {
        var cells = new Dictionary<string, JToken?>(StringComparer.Ordinal);
        foreach (var fieldId in fieldIds ?? (IReadOnlyCollection<string>?)record.Cells?.Keys ?? [])
        {
            var cell = record.GetCell(fieldId);
            if (cell.Exists)
            {
                cells[fieldId] = Shape(cell);
            }
        }

        return cells;
    }

    /// <summary>One cell: its value, or <c>{status, error}</c> when an enrichment has not succeeded.</summary>
    public JToken? Shape(ClayCell cell)
    {
        if (cell.Status is { } status && !status.StartsWith("SUCCESS", StringComparison.Ordinal))
        {
            var state = new JObject { ["status"] = status };
            if (cell.Error is { } error)
            {
                state["error"] = Cut(new JValue(error));
            }

            return state;
        }

        return Cut(cell.Value);
    }

    /// <summary>The value, or when its text is longer than the limit, the start of that text with a note.</summary>
    public JToken? Cut(JToken? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Type == JTokenType.String ? value.Value<string>()! : value.ToString(Formatting.None);
        if (text.Length <= maxChars)
        {
            return value;
        }

        Truncated++;
        return new JValue($"{text[..maxChars]}... [truncated: {text.Length:N0} characters in all]");
    }
}
