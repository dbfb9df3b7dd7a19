namespace ClayGen;

/// <summary>
/// A row to add, with the caller's own key for it (a line number, a source id, ...). The key is never
/// sent; it comes back with the row in the batch's outcome, so a caller can tell which of its rows
/// were added, refused or left unknown without predicting how rows were batched.
/// </summary>
/// <typeparam name="TKey">The caller's key type.</typeparam>
/// <param name="Key">The caller's key for the row.</param>
/// <param name="Cells">The row's values, keyed by field id (<c>f_...</c>).</param>
public sealed record BulkAddRow<TKey>(TKey Key, IReadOnlyDictionary<string, object?> Cells);
