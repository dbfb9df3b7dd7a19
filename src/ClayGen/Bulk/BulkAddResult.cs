namespace ClayGen;

/// <summary>The summary of a bulk add: every input row is counted once, as added, skipped or failed.</summary>
/// <param name="RowsAdded">Rows Clay added.</param>
/// <param name="RowsSkipped">Rows skipped at the start (<see cref="BulkAddOptions.SkipRows"/>).</param>
/// <param name="FailedBatches">Batches that failed, with their rows and errors.</param>
public sealed record BulkAddResult(long RowsAdded, long RowsSkipped, IReadOnlyList<BulkAddBatch> FailedBatches)
{
    /// <summary>Rows in failed batches.</summary>
    public long RowsFailed => FailedBatches.Sum(b => (long)b.Rows.Count);
}
