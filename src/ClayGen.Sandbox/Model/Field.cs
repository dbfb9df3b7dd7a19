using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

/// <summary>A column. Type: text, number, action, source, ... (an open set on Clay).</summary>
internal sealed class Field(string id, string name, string type, JsonObject typeSettings)
{
    public string Id { get; } = id;

    public string Name { get; set; } = name;

    public string Type { get; } = type;

    /// <summary>Replaced whole on update, as Clay does.</summary>
    public JsonObject TypeSettings { get; set; } = typeSettings;

    public bool IsAction => Type == "action";
}
