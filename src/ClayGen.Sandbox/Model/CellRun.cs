using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

/// <summary>
/// One action cell's run: decided when the run starts (outcome, value), revealed as the clock passes
/// <see cref="StartedAt"/> plus the queued and running durations.
/// </summary>
/// <param name="StartedAt">When the run was started.</param>
/// <param name="FinalStatus">The status the cell ends with: SUCCESS, SUCCESS_NO_DATA, ERROR_OUT_OF_CREDITS.</param>
/// <param name="Preview">The cell's <c>value</c> once done (the short text Clay shows in the grid).</param>
/// <param name="FullValue">The <c>externalContent.fullValue</c> once done.</param>
/// <param name="RunId">The run's id, shown in the record's run history.</param>
internal sealed record CellRun(DateTimeOffset StartedAt, string FinalStatus, JsonNode? Preview, JsonNode? FullValue, string RunId);
