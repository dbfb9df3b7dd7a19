using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>The records a view shows: all of the table's, or those its filter matches, in table order.</summary>
internal static class ViewRecords
{
    /// <summary>The operators the sandbox evaluates; Clay's set is larger, and the sandbox refuses the rest.</summary>
    public static readonly string[] Operators = ["EQUAL", "NOT_EQUAL", "CONTAIN", "NOT_CONTAIN", "EMPTY", "NOT_EMPTY", "HAS_ERROR"];

    public static IEnumerable<TableRecord> Of(SandboxState state, Table table, View view) =>
        view.Filter is not { Conditions.Count: > 0 } filter
            ? table.Records
            : table.Records.Where(record => filter.MatchAll
                ? filter.Conditions.All(c => Matches(state, table, record, c))
                : filter.Conditions.Any(c => Matches(state, table, record, c)));

    private static bool Matches(SandboxState state, Table table, TableRecord record, ViewFilterCondition condition)
    {
        var field = table.FindField(condition.FieldId);
        CellState? cell = field is not null && record.Cells.TryGetValue(field.Id, out var stored) ? state.Read(field, stored) : null;
        var text = ViewHandlers.Text(cell?.Value) ?? string.Empty;
        var wanted = ViewHandlers.Text(condition.Value) ?? string.Empty;
        return condition.Operator switch
        {
            "EMPTY" => text.Length == 0,
            "NOT_EMPTY" => text.Length > 0,
            "EQUAL" => string.Equals(text, wanted, StringComparison.OrdinalIgnoreCase),
            "NOT_EQUAL" => !string.Equals(text, wanted, StringComparison.OrdinalIgnoreCase),
            "CONTAIN" => text.Contains(wanted, StringComparison.OrdinalIgnoreCase),
            "NOT_CONTAIN" => !text.Contains(wanted, StringComparison.OrdinalIgnoreCase),
            "HAS_ERROR" => cell?.Status.StartsWith("ERROR", StringComparison.Ordinal) == true,
            _ => false,
        };
    }
}
