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

    /// <summary>
    /// Reads every record of a view (or of the table's default view) as a stream: the record ids are
    /// streamed, then fetched in bulk, <see cref="RecordFetchOptions.BatchSize"/> at a time with up to
    /// <see cref="RecordFetchOptions.MaxConcurrency"/> fetches in flight. Records come out in the view's
    /// order, and memory stays flat however many rows the table has.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="viewId">The view (<c>gv_...</c>); <see langword="null"/> reads the table first to use its default view.</param>
    /// <param name="options">Batch size, concurrency, field filter, what to do with ids Clay does not return.</param>
    /// <param name="cancellationToken">Stops the read; fetches in flight are abandoned.</param>
    /// <exception cref="ClayMissingRecordsException">An id was listed but Clay returned no record for it, and <see cref="RecordFetchOptions.OnMissingRecords"/> is not set.</exception>
    IAsyncEnumerable<Record> StreamRecordsAsync(string tableId, string? viewId = null, RecordFetchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fetches records by id, any number: split into bulk fetches of <see cref="RecordFetchOptions.BatchSize"/>
    /// (never an error for a long list), returned in the order of <paramref name="recordIds"/>. Ids Clay does
    /// not return are reported (<see cref="RecordFetchOptions.OnMissingRecords"/>) or fail the read, never dropped.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="recordIds">The records (<c>r_...</c>); every id is checked before the first request.</param>
    /// <param name="options">Batch size, concurrency, field filter, what to do with ids Clay does not return.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ClayMissingRecordsException">Clay returned no record for an id, and <see cref="RecordFetchOptions.OnMissingRecords"/> is not set.</exception>
    IAsyncEnumerable<Record> FetchRecordsAsync(string tableId, IEnumerable<string> recordIds, RecordFetchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for an enrichment run to finish on the given rows: polls them until none of the fields' cells is
    /// queued, pending or running, and returns the counts per status and the cells that did not succeed. Any
    /// other status is final (<c>ERROR_*</c> ones are failures; unknown ones are reported as such); a cell
    /// with no status is final once <see cref="EnrichmentWaitOptions.NotStartedGrace"/> has passed. It never
    /// starts a run itself: start one with <see cref="RunEnrichmentAsync(string, IEnumerable{string}, RunRecords, bool, CancellationToken)"/>.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="fieldIds">The enrichment fields of the run; each must exist in the table.</param>
    /// <param name="recordIds">The rows of the run.</param>
    /// <param name="options">Poll interval, timeout, progress, clock.</param>
    /// <param name="cancellationToken">Stops waiting (the run goes on at Clay).</param>
    /// <exception cref="ClayEnrichmentTimeoutException">Cells were still in progress when the timeout ran out; its <c>Result</c> says where the run stood.</exception>
    /// <exception cref="ClayUnexpectedResponseException">Clay returned none of the rows: an empty answer is not a finished run.</exception>
    Task<EnrichmentRunResult> WaitForEnrichmentAsync(string tableId, IEnumerable<string> fieldIds, IEnumerable<string> recordIds, EnrichmentWaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for an enrichment run on every row of a view (its record ids are read once, at the start); otherwise as
    /// <see cref="WaitForEnrichmentAsync(string, IEnumerable{string}, IEnumerable{string}, EnrichmentWaitOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="fieldIds">The enrichment fields of the run; each must exist in the table.</param>
    /// <param name="viewId">The view the run covered (<c>gv_...</c>).</param>
    /// <param name="options">Poll interval, timeout, progress, clock.</param>
    /// <param name="cancellationToken">Stops waiting (the run goes on at Clay).</param>
    Task<EnrichmentRunResult> WaitForEnrichmentAsync(string tableId, IEnumerable<string> fieldIds, string viewId, EnrichmentWaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a spreadsheet table from the basic template and returns it with its fields and views
    /// (<see cref="Table.DefaultViewId"/> is the view to add fields to). Not idempotent: a retried create makes a second table.
    /// </summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="name">The table's name.</param>
    /// <param name="workbookId">The workbook (<c>wb_...</c>); without it Clay creates one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Table> CreateTableAsync(long workspaceId, string name, string? workbookId = null, CancellationToken cancellationToken = default);
}
