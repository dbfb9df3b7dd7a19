namespace ClayGen.Sandbox.Model;

// HasCreditLimit drives the credit report's hasCreditLimit=true filter.
internal sealed record WorkspaceUser(int Id, string Name, string Email, string Permission, bool HasCreditLimit);
