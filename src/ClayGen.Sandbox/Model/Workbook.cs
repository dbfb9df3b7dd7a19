using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

internal sealed class Workbook : Resource
{
    public override string ResourceType => "WORKBOOK";

    public required JsonObject Settings { get; init; }
}
