namespace ClayGen;

public partial interface ITablesClient
{
    /// <summary>Adds rows given as field id → plain value maps ("Add a row in the table"). Not idempotent.</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="rows">One map per row, keyed by field id (<c>f_...</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RecordList> AddRecordsAsync(string tableId, IEnumerable<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes rows by id ("Delete a row from the table"), in requests of <see cref="ClayLimits.DeleteBatchSize"/>
    /// ids sent one after another. Every id is checked before the first request. When a batch fails, the
    /// batches before it are deleted: the exception's <c>Data["ClayGen.RecordsDeleted"]</c> says how many ids that was
    /// (the first ones of <paramref name="recordIds"/>, in order).
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="recordIds">The rows (<c>r_...</c>); at least one, any number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EmptyResponse> DeleteRecordsAsync(string tableId, IEnumerable<string> recordIds, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of a view, except <paramref name="keepRecordIds"/> ("Delete all rows from a table").</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="viewId">The view whose rows go (<c>gv_...</c>, see <c>GetTableAsync</c>).</param>
    /// <param name="keepRecordIds">Rows to keep.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EmptyResponse> DeleteAllRecordsAsync(string tableId, string viewId, IEnumerable<string>? keepRecordIds = null, CancellationToken cancellationToken = default);

    /// <summary>Every record id of a view, without Clay's <c>"search"</c> placeholder.</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="viewId">The view (<c>gv_...</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<string>> GetRecordIdsAsync(string tableId, string viewId, CancellationToken cancellationToken = default);

    /// <summary>Runs enrichment columns ("Run an enrichment column"). Spends credits; never retried after it may have reached Clay.</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="fieldIds">The enrichment fields to run.</param>
    /// <param name="runRecords">Which rows: <see cref="RunRecords.TopOfView"/>, <see cref="RunRecords.WholeView"/> or <see cref="RunRecords.ForRecords"/>.</param>
    /// <param name="forceRun">Run even cells that already have a value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunEnrichmentResponse> RunEnrichmentAsync(string tableId, IEnumerable<string> fieldIds, RunRecords runRecords, bool forceRun = false, CancellationToken cancellationToken = default);

    /// <summary>Adds a webhook source to a table ("Add Webhook to a table"); the response's source has its ingestion URL.</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="workspaceId">The table's workspace.</param>
    /// <param name="name">The webhook's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<UpdateTableResponse> AddWebhookAsync(string tableId, long workspaceId, string name, CancellationToken cancellationToken = default);

    /// <summary>Renames a table.</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="name">The new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<UpdateTableResponse> RenameTableAsync(string tableId, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads every record id of a view as a stream (skipping Clay's <c>"search"</c> placeholder), so a
    /// million-row table never sits in memory at once.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="viewId">The view (<c>gv_...</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<string> StreamRecordIdsAsync(string tableId, string viewId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds many rows in batches with bounded concurrency. Every row ends up added, skipped or in a
    /// failed batch whose <see cref="BulkAddOutcome"/> says whether it may have been added; nothing is retried blindly.
    /// Each row's key is its index in <paramref name="rows"/>; to carry keys of your own, use
    /// <see cref="AddRecordsInBatchesAsync{TKey}"/>.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="rows">The rows, keyed by field id.</param>
    /// <param name="options">Batch size, concurrency, resume offset, progress, callbacks.</param>
    /// <param name="cancellationToken">
    /// Cancels the add: no further batch is sent, and requests in flight are abandoned. Each abandoned
    /// batch still reaches <see cref="BulkAddOptions{TKey}.OnBatchCompleted"/>, as <see cref="BulkAddOutcome.Unknown"/>
    /// (it may have reached Clay), before the <see cref="OperationCanceledException"/> surfaces. To let
    /// batches in flight finish instead, stop the <paramref name="rows"/> sequence and pass no token.
    /// </param>
    Task<BulkAddResult<long>> AddRecordsInBatchesAsync(string tableId, IAsyncEnumerable<IReadOnlyDictionary<string, object?>> rows, BulkAddOptions<long>? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds many rows in batches with bounded concurrency, each row carrying a key of yours that comes back
    /// with it in <see cref="BulkAddOptions{TKey}.OnBatchSending"/>, <see cref="BulkAddOptions{TKey}.OnBatchCompleted"/>
    /// and the failed batches, so you never need to know how rows were batched.
    /// </summary>
    /// <typeparam name="TKey">Your row key type.</typeparam>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="rows">The rows with their keys.</param>
    /// <param name="options">Batch size, concurrency, resume offset, progress, callbacks.</param>
    /// <param name="cancellationToken">
    /// Cancels the add, as for <see cref="AddRecordsInBatchesAsync(string, IAsyncEnumerable{IReadOnlyDictionary{string, object}}, BulkAddOptions{long}, CancellationToken)"/>.
    /// </param>
    Task<BulkAddResult<TKey>> AddRecordsInBatchesAsync<TKey>(string tableId, IAsyncEnumerable<BulkAddRow<TKey>> rows, BulkAddOptions<TKey>? options = null, CancellationToken cancellationToken = default);
}
