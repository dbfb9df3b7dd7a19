namespace ClayGen;

/// <summary>
/// The request sizes ClayGen keeps to, in one place. Clay documents none of them: each value is the
/// client-side choice the evidence in Clay's client code and our own tries supports (cited per field),
/// so one mistaken call (100,000 rows, a 30 MB cell, 200,000 ids) fails before sending instead of
/// going out as a single request. The bulk helpers split their input to stay inside them.
/// </summary>
public static class ClayLimits
{
    /// <summary>
    /// Rows per add or update request: 10,000. No source states a server maximum for writes
    /// ("Records per add call: no maximum stated anywhere"); clients send 100 to 300 per call, and
    /// 10,000 is the largest page Clay was seen to serve (a view's <c>limit=10000</c>). It is also
    /// the top of <see cref="BulkAddOptions{TKey}.BatchSize"/> and of <c>clay records import --batch-size</c>.
    /// </summary>
    public const int MaxRecordsPerRequest = 10_000;

    /// <summary>Rows per request of <see cref="ITablesClient.AddRecordsInBatchesAsync{TKey}"/> unless told otherwise: 100.</summary>
    public const int DefaultAddBatchSize = 100;

    /// <summary>
    /// Record ids per delete request: 500. The one client that bounds deletes sends "chunks of 100,
    /// max 500"; nothing states a server figure.
    /// </summary>
    public const int MaxRecordIdsPerDelete = 500;

    /// <summary>Record ids per request when <see cref="ITablesClient.DeleteRecordsAsync(string, IEnumerable{string}, CancellationToken)"/> splits a long list: 100, the same client's chunk.</summary>
    public const int DeleteBatchSize = 100;

    /// <summary>
    /// Characters in one cell value (its JSON text for an object or a list): 100,000. The only payload
    /// size Clay states anywhere is a webhook's "payload ≤ 100 KB" (Clay's support, low confidence);
    /// a cell larger than a whole webhook payload is almost certainly a mistake.
    /// </summary>
    public const int MaxCellLength = 100_000;

    /// <summary>
    /// Record ids per bulk fetch: 300. No source states a server maximum; the one client that fetches in
    /// parallel batches sends 300 (another about 50). The record-streaming helpers split longer lists
    /// into batches of this size.
    /// </summary>
    public const int MaxRecordIdsPerBulkFetch = 300;

    /// <summary>
    /// Bytes of one webhook payload (its UTF-8 JSON): 100,000, Clay support's "payload ≤ 100 KB" (low confidence).
    /// </summary>
    public const int MaxWebhookPayloadBytes = 100_000;

    /// <summary>
    /// Rows per second the webhook helper sends by default: 10, Clay support's per-workspace figure (low confidence); bursts of
    /// <see cref="WebhookBurst"/>.
    /// </summary>
    public const int WebhookRowsPerSecond = 10;

    /// <summary>Rows a webhook send may send at once before pacing to <see cref="WebhookRowsPerSecond"/>: 20.</summary>
    public const int WebhookBurst = 20;
}
