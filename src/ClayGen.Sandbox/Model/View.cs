namespace ClayGen.Sandbox.Model;

/// <summary>A grid view; the sandbox's views have no filters, so every view shows every record.</summary>
internal sealed record View(string Id, string Name);
