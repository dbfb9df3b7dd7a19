using System.Text.Json.Nodes;

namespace ClayGen.Cli.Import;

/// <summary>One row of the input file as read, before mapping.</summary>
/// <param name="Index">The row's number, from 0 in file order (malformed rows included): what the resume file records.</param>
/// <param name="Line">The 1-based line where the row starts.</param>
/// <param name="Fields">CSV: the fields.</param>
/// <param name="Json">JSON Lines: the object.</param>
/// <param name="Raw">The row's text, kept for malformed rows.</param>
/// <param name="Problem">Why the row cannot be read, when it cannot.</param>
/// <param name="RunsToEndOfFile">A malformed row whose open quote took in every line after it.</param>
internal sealed record SourceRow(long Index, long Line, string[]? Fields, JsonObject? Json, string? Raw, string? Problem, bool RunsToEndOfFile = false);
