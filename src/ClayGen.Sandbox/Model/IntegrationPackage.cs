namespace ClayGen.Sandbox.Model;

/// <summary>An action package: its id is what <c>integrations[i]</c> filters credit reports by.</summary>
/// <remarks>ProviderType: Matches an app account's <c>appAccountTypeId</c>.</remarks>
internal sealed record IntegrationPackage(string Id, string Name, string ProviderType, IReadOnlyList<IntegrationAction> Actions);
