namespace ClayGen.Sandbox.Model;

internal sealed record IntegrationAction(string Key, string DisplayName);
