namespace ClayGen;

/// <summary>The summary of a bulk add: every input row is counted once, as added, skipped or failed.</summary>
/// <typeparam name="TKey">The caller's row key type.</typeparam>
/// <param name="RowsAdded">Rows Clay added.</param>
/// <param name="RowsSkipped">Rows skipped at the start (<see cref="BulkAddOptions{TKey}.SkipRows"/>).</param>
/// <param name="FailedBatches">Batches that failed, with their rows, keys and errors.</param>
public sealed record BulkAddResult<TKey>(long RowsAdded, long RowsSkipped, IReadOnlyList<BulkAddBatch<TKey>> FailedBatches)
{
    /// <summary>Rows in failed batches.</summary>
    public long RowsFailed => FailedBatches.Sum(b => (long)b.Rows.Count);
}
