namespace ClayGen;

/// <summary>Progress of a bulk add.</summary>
/// <param name="RowsAdded">Rows Clay added so far.</param>
/// <param name="RowsFailed">Rows in failed batches so far.</param>
/// <param name="BatchesCompleted">Batches done, added or failed.</param>
public sealed record BulkAddProgress(long RowsAdded, long RowsFailed, long BatchesCompleted);
