namespace ClayGen;

/// <summary>One batch of a bulk add and its outcome.</summary>
/// <typeparam name="TKey">The caller's row key type (the input index for the overload without keys).</typeparam>
/// <param name="FirstRowIndex">The index of the batch's first row in the input (0-based, skipped rows included).</param>
/// <param name="Rows">The batch's rows, with their keys.</param>
/// <param name="Outcome">What became of them.</param>
/// <param name="Records">The records Clay created, when added.</param>
/// <param name="Error">Why the batch failed, when it did; <see langword="null"/> for a batch abandoned by cancellation.</param>
public sealed record BulkAddBatch<TKey>(
    long FirstRowIndex,
    IReadOnlyList<BulkAddRow<TKey>> Rows,
    BulkAddOutcome Outcome,
    IReadOnlyList<Record> Records,
    ClayApiException? Error);
