using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

/// <summary>A cell as seen at one instant: for a cell being run, what the run shows at that time.</summary>
internal sealed record CellState(JsonNode? Value, string Status, JsonNode? FullValue, bool IsAction);
