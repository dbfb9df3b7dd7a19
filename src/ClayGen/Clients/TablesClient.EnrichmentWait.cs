namespace ClayGen;

public partial class TablesClient
{
    // The status reported for a cell Clay sent without any.
    private const string NotStartedStatus = "NOT_STARTED";

    /// <inheritdoc />
    public virtual async Task<EnrichmentRunResult> WaitForEnrichmentAsync(string tableId, IEnumerable<string> fieldIds, IEnumerable<string> recordIds, EnrichmentWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        var fields = CheckFields(fieldIds);
        ArgumentNullException.ThrowIfNull(recordIds);
        var rows = recordIds.Distinct(StringComparer.Ordinal).ToList();
        ClayArgument.ThrowIfInvalidIds(rows, nameof(recordIds));
        options ??= new EnrichmentWaitOptions();
        options.Validate(nameof(options));
        await RequireFieldsAsync(tableId, fields, cancellationToken).ConfigureAwait(false);
        return await PollAsync(tableId, fields, rows, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual async Task<EnrichmentRunResult> WaitForEnrichmentAsync(string tableId, IEnumerable<string> fieldIds, string viewId, EnrichmentWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        ClayArgument.ThrowIfInvalidId(viewId, nameof(viewId));
        var fields = CheckFields(fieldIds);
        options ??= new EnrichmentWaitOptions();
        options.Validate(nameof(options));
        await RequireFieldsAsync(tableId, fields, cancellationToken).ConfigureAwait(false);
        var rows = new List<string>();
        await foreach (var id in StreamRecordIdsAsync(tableId, viewId, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(id);
        }

        return await PollAsync(tableId, fields, rows.Distinct(StringComparer.Ordinal).ToList(), options, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> CheckFields(IEnumerable<string> fieldIds)
    {
        ArgumentNullException.ThrowIfNull(fieldIds);
        var fields = fieldIds.Distinct(StringComparer.Ordinal).ToList();
        ClayArgument.ThrowIfInvalidIds(fields, nameof(fieldIds));
        return fields;
    }

    // Unknown field ids would leave blank cells to wait on until the grace runs out: name them at once instead.
    private async Task RequireFieldsAsync(string tableId, List<string> fieldIds, CancellationToken cancellationToken)
    {
        var table = (await GetTableAsync(tableId, cancellationToken).ConfigureAwait(false)).Table;
        if (table?.Fields is not { Count: > 0 } known)
        {
            return;
        }

        var unknown = fieldIds.Except(known.Select(f => f.Id), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Table {tableId} has no field {string.Join(", ", unknown)}; its fields are {string.Join(", ", known.Select(f => $"{f.Id} ({f.Name})"))}.", nameof(fieldIds));
        }
    }

    private async Task<EnrichmentRunResult> PollAsync(string tableId, List<string> fields, List<string> rows, EnrichmentWaitOptions options, CancellationToken cancellationToken)
    {
        var time = options.TimeProvider ?? Clock;
        var started = time.GetTimestamp();
        var final = new Dictionary<(string Record, string Field), (string Status, EnrichmentOutcome Outcome, string? Error)>();
        var missing = new List<string>();
        var watched = rows;
        while (true)
        {
            var elapsed = time.GetElapsedTime(started);
            var current = await PollOnceAsync(tableId, fields, watched, final, missing, options, elapsed, cancellationToken).ConfigureAwait(false);
            var result = Summarize(current, missing, elapsed);
            options.Progress?.Report(result);
            if (result.IsComplete)
            {
                return result;
            }

            if (options.Timeout != Timeout.InfiniteTimeSpan && elapsed >= options.Timeout)
            {
                throw new ClayEnrichmentTimeoutException(tableId, options.Timeout, result);
            }

            foreach (var (key, state) in current.Where(c => c.Value.Outcome != EnrichmentOutcome.InProgress))
            {
                final[key] = state;
            }

            // The next poll fetches these rows again and overwrites all their cells in its copy of final.
            watched = current.Where(c => c.Value.Outcome == EnrichmentOutcome.InProgress).Select(c => c.Key.Record).Distinct(StringComparer.Ordinal).ToList();

            var wait = options.Timeout == Timeout.InfiniteTimeSpan ? options.PollInterval : Min(options.PollInterval, options.Timeout - elapsed);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    // One poll: the rows still watched are fetched again; cells already final are carried over.
    private async Task<Dictionary<(string Record, string Field), (string Status, EnrichmentOutcome Outcome, string? Error)>> PollOnceAsync(
        string tableId,
        List<string> fields,
        List<string> watched,
        Dictionary<(string Record, string Field), (string Status, EnrichmentOutcome Outcome, string? Error)> final,
        List<string> missing,
        EnrichmentWaitOptions options,
        TimeSpan elapsed,
        CancellationToken cancellationToken)
    {
        var current = new Dictionary<(string Record, string Field), (string Status, EnrichmentOutcome Outcome, string? Error)>(final);
        if (watched.Count == 0)
        {
            return current;
        }

        var fetch = new RecordFetchOptions
        {
            BatchSize = options.Fetch?.BatchSize ?? ClayLimits.MaxRecordIdsPerBulkFetch,
            MaxConcurrency = options.Fetch?.MaxConcurrency ?? 4,
            FieldIds = fields,
            OnMissingRecords = missing.AddRange,
        };
        var returned = 0;
        await foreach (var record in FetchInOrderAsync(tableId, watched.ToAsyncEnumerable(), fetch, cancellationToken).ConfigureAwait(false))
        {
            returned++;
            foreach (var field in fields)
            {
                current[(record.Id, field)] = Classify(record.GetCell(field), options, elapsed);
            }
        }

        if (returned == 0 && final.Count == 0)
        {
            throw new ClayUnexpectedResponseException(
                $"Clay returned none of the {watched.Count} rows of table {tableId} the run was asked about ({string.Join(", ", watched.Take(3))}{(watched.Count > 3 ? ", ..." : "")}): " +
                "an empty answer is not a finished run. Check the record ids, or that the rows still exist.");
        }

        return current;
    }

    private static (string Status, EnrichmentOutcome Outcome, string? Error) Classify(ClayCell cell, EnrichmentWaitOptions options, TimeSpan elapsed)
    {
        var status = cell.Status;
        if (string.IsNullOrEmpty(status))
        {
            return (NotStartedStatus, elapsed < options.NotStartedGrace ? EnrichmentOutcome.InProgress : EnrichmentOutcome.NotStarted, null);
        }

        if (options.InProgressStatuses.Contains(status, StringComparer.Ordinal))
        {
            return (status, EnrichmentOutcome.InProgress, null);
        }

        var outcome = status switch
        {
            CellStatuses.Success or CellStatuses.SuccessNoData => EnrichmentOutcome.Succeeded,
            CellStatuses.RunConditionNotMet or CellStatuses.ErrorRunConditionNotMet => EnrichmentOutcome.Skipped,
            CellStatuses.Failed or CellStatuses.Cancelled => EnrichmentOutcome.Failed,
            _ when status.StartsWith("ERROR", StringComparison.Ordinal) => EnrichmentOutcome.Failed,
            _ => EnrichmentOutcome.Unknown,
        };
        return (status, outcome, outcome == EnrichmentOutcome.Succeeded ? null : cell.Error);
    }

    private static EnrichmentRunResult Summarize(Dictionary<(string Record, string Field), (string Status, EnrichmentOutcome Outcome, string? Error)> cells, List<string> missing, TimeSpan elapsed)
    {
        var byStatus = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byOutcome = Enum.GetValues<EnrichmentOutcome>().ToDictionary(o => o, _ => 0);
        var unsuccessful = new List<EnrichmentCell>();
        foreach (var ((record, field), (status, outcome, error)) in cells)
        {
            byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
            byOutcome[outcome]++;
            if (outcome is not (EnrichmentOutcome.Succeeded or EnrichmentOutcome.InProgress))
            {
                unsuccessful.Add(new EnrichmentCell(record, field, status, outcome, error));
            }
        }

        return new EnrichmentRunResult(cells.Count, byStatus, byOutcome, unsuccessful, missing.Distinct(StringComparer.Ordinal).ToList(), elapsed);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
