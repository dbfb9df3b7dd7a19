namespace ClayGen;

/// <summary>How <see cref="ITablesClient.AddRecordsInBatchesAsync{TKey}"/> sends rows.</summary>
/// <typeparam name="TKey">The caller's row key type (<see cref="long"/>, the input index, for the overload without keys).</typeparam>
public sealed class BulkAddOptions<TKey>
{
    /// <summary>Rows per request (default <see cref="ClayLimits.DefaultAddBatchSize"/>, at most <see cref="ClayLimits.MaxRecordsPerRequest"/>).</summary>
    public int BatchSize { get; init; } = ClayLimits.DefaultAddBatchSize;

    /// <summary>Requests in flight at once (default 4).</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Rows to skip from the start of the input, e.g. to resume an interrupted import (default 0).</summary>
    public long SkipRows { get; init; }

    /// <summary>Receives progress after each batch.</summary>
    public IProgress<BulkAddProgress>? Progress { get; init; }

    /// <summary>
    /// Called once per batch, added, failed or abandoned by cancellation, before it counts as done (e.g. to
    /// write a resume file). Calls can overlap when batches run concurrently.
    /// </summary>
    public Func<BulkAddBatch<TKey>, CancellationToken, ValueTask>? OnBatchCompleted { get; init; }

    /// <summary>
    /// Called with a batch's rows just before its request is sent, and awaited (e.g. to write them to a
    /// resume file as in flight): from then on they may reach Clay. Calls can overlap.
    /// </summary>
    public Func<IReadOnlyList<BulkAddRow<TKey>>, CancellationToken, ValueTask>? OnBatchSending { get; init; }

    internal void Validate(string paramName)
    {
        if (BatchSize is < 1 or > ClayLimits.MaxRecordsPerRequest)
        {
            throw new ArgumentOutOfRangeException(paramName, BatchSize, $"BatchSize must be between 1 and ClayLimits.MaxRecordsPerRequest ({ClayLimits.MaxRecordsPerRequest}).");
        }

        if (MaxConcurrency is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxConcurrency, "MaxConcurrency must be between 1 and 64.");
        }

        if (SkipRows < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, SkipRows, "SkipRows must not be negative.");
        }
    }
}
