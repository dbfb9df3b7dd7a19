namespace ClayGen.Sandbox.Model;

// Type: text, number, action, source, ... (an open set on Clay).
internal sealed record Field(string Id, string Name, string Type);
