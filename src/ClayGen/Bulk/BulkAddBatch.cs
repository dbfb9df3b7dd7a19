namespace ClayGen;

/// <summary>One batch of a bulk add and its outcome.</summary>
/// <param name="FirstRowIndex">The index of the batch's first row in the input (0-based, skipped rows included).</param>
/// <param name="Rows">The batch's rows.</param>
/// <param name="Outcome">What became of them.</param>
/// <param name="Records">The records Clay created, when added.</param>
/// <param name="Error">Why the batch failed, when it did; <see langword="null"/> for a batch abandoned by cancellation.</param>
public sealed record BulkAddBatch(
    long FirstRowIndex,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    BulkAddOutcome Outcome,
    IReadOnlyList<Record> Records,
    ClayApiException? Error);
