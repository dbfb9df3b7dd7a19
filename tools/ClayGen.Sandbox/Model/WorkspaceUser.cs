namespace ClayGen.Sandbox.Model;

/// <param name="HasCreditLimit">Drives the credit report's <c>hasCreditLimit=true</c> filter.</param>
internal sealed record WorkspaceUser(int Id, string Name, string Email, string Permission, bool HasCreditLimit);
