namespace ClayGen.Sandbox.Model;

internal sealed record AppAccount(string Id, string Name, string AppAccountTypeId, bool IsSharedPublicKey, int? UserOwnerId);
