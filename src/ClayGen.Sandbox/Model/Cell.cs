using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

/// <summary>A stored cell. The value node is owned by the store: responses must clone it.</summary>
internal sealed class Cell(JsonNode? value, string status)
{
    public JsonNode? Value { get; set; } = value;

    public string Status { get; set; } = status;

    /// <summary>The enrichment run that owns the cell; its status and value then follow the clock.</summary>
    public CellRun? Run { get; set; }
}
