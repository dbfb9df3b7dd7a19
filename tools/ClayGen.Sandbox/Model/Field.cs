namespace ClayGen.Sandbox.Model;

/// <param name="Type">text, number, action, source, ... (an open set on Clay).</param>
internal sealed record Field(string Id, string Name, string Type);
