namespace ClayGen.Sandbox.Model;

/// <summary>A credit report node's identity, captured at seed time (reports do not follow later renames).</summary>
/// <param name="Kind">The <c>__kind</c> value: folder, workbook, table, integration, ...</param>
internal sealed record CreditEntity(string Id, string Name, string Kind, bool IsDeleted = false);
