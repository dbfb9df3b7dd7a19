namespace ClayGen.Sandbox.Model;

/// <summary>A credit report node's identity, captured at seed time (reports do not follow later renames).</summary>
/// <remarks>Kind: The <c>__kind</c> value: folder, workbook, table, integration, ...</remarks>
internal sealed record CreditEntity(string Id, string Name, string Kind, bool IsDeleted = false);
