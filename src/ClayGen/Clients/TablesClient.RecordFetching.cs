using System.Runtime.CompilerServices;

namespace ClayGen;

public partial class TablesClient
{
    /// <inheritdoc />
    public virtual IAsyncEnumerable<Record> StreamRecordsAsync(string tableId, string? viewId = null, RecordFetchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        ClayArgument.ThrowIfInvalidOptionalId(viewId, nameof(viewId));
        options ??= new RecordFetchOptions();
        options.Validate(nameof(options));
        return Stream(tableId, viewId, options, cancellationToken);
    }

    /// <inheritdoc />
    public virtual IAsyncEnumerable<Record> FetchRecordsAsync(string tableId, IEnumerable<string> recordIds, RecordFetchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        ArgumentNullException.ThrowIfNull(recordIds);
        var ids = recordIds.ToList();
        ClayArgument.ThrowIfInvalidIds(ids, nameof(recordIds), allowEmpty: true);
        options ??= new RecordFetchOptions();
        options.Validate(nameof(options));
        return FetchInOrderAsync(tableId, ids.ToAsyncEnumerable(), options, cancellationToken);
    }

    private async IAsyncEnumerable<Record> Stream(string tableId, string? viewId, RecordFetchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        viewId ??= (await GetTableAsync(tableId, cancellationToken).ConfigureAwait(false)).Table?.DefaultViewId
            ?? throw new ClayUnexpectedResponseException($"Clay sent no table for {tableId}, so its default view is unknown; name the view.");
        await foreach (var record in FetchInOrderAsync(tableId, StreamRecordIdsAsync(tableId, viewId, cancellationToken), options, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    // Ids are cut into batches as they arrive; up to MaxConcurrency bulk fetches run at once, and their
    // records come out in the order of the ids, so memory holds a few batches whatever the table's size.
    private async IAsyncEnumerable<Record> FetchInOrderAsync(string tableId, IAsyncEnumerable<string> ids, RecordFetchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<(List<string> Ids, Task<RecordResults> Fetch)>();
        try
        {
            var batch = new List<string>(options.BatchSize);
            await foreach (var id in ids.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(id);
                if (batch.Count < options.BatchSize)
                {
                    continue;
                }

                inFlight.Enqueue((batch, FetchBatchAsync(tableId, batch, options, stop.Token)));
                batch = new List<string>(options.BatchSize);
                while (inFlight.Count >= options.MaxConcurrency)
                {
                    foreach (var record in await TakeAsync(tableId, inFlight.Dequeue(), options).ConfigureAwait(false))
                    {
                        yield return record;
                    }
                }
            }

            if (batch.Count > 0)
            {
                inFlight.Enqueue((batch, FetchBatchAsync(tableId, batch, options, stop.Token)));
            }

            while (inFlight.Count > 0)
            {
                foreach (var record in await TakeAsync(tableId, inFlight.Dequeue(), options).ConfigureAwait(false))
                {
                    yield return record;
                }
            }
        }
        finally
        {
            // The caller stopped early or a batch failed: abandon the fetches still running and observe them.
            if (inFlight.Count > 0)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                foreach (var (_, fetch) in inFlight)
                {
                    await fetch.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                }
            }
        }
    }

    private Task<RecordResults> FetchBatchAsync(string tableId, List<string> ids, RecordFetchOptions options, CancellationToken cancellationToken)
    {
        var request = new BulkFetchRecordsRequest
        {
            RecordIds = ids,
            FieldIds = options.FieldIds?.ToList(),
            IncludeExternalContentFieldIds = options.FullValueFieldIds?.ToList(),
        };
        return BulkFetchRecordsAsync(tableId, request, cancellationToken);
    }

    private static async Task<List<Record>> TakeAsync(string tableId, (List<string> Ids, Task<RecordResults> Fetch) batch, RecordFetchOptions options)
    {
        var answer = await batch.Fetch.ConfigureAwait(false);
        var byId = new Dictionary<string, Record>(batch.Ids.Count, StringComparer.Ordinal);
        foreach (var record in answer.Results ?? [])
        {
            if (record?.Id is { } id)
            {
                byId.TryAdd(id, record);
            }
        }

        var ordered = new List<Record>(batch.Ids.Count);
        List<string>? missing = null;
        foreach (var id in batch.Ids)
        {
            if (byId.TryGetValue(id, out var record))
            {
                ordered.Add(record);
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is not null)
        {
            if (options.OnMissingRecords is null)
            {
                throw new ClayMissingRecordsException(tableId, missing);
            }

            options.OnMissingRecords(missing);
        }

        return ordered;
    }
}
