namespace ClayGen;

/// <summary>One cell of an enrichment run that did not succeed.</summary>
/// <param name="RecordId">The row (<c>r_...</c>).</param>
/// <param name="FieldId">The enrichment field (<c>f_...</c>).</param>
/// <param name="Status">Clay's status as sent (e.g. <c>ERROR_OUT_OF_CREDITS</c>), or <c>NOT_STARTED</c> for a cell without one.</param>
/// <param name="Outcome">What the status means.</param>
/// <param name="Error">Clay's explanation (<c>externalContent.error</c>), when it gave one.</param>
public sealed record EnrichmentCell(string RecordId, string FieldId, string Status, EnrichmentOutcome Outcome, string? Error);
