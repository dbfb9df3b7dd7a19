using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace ClayGen;

public partial class TablesClient
{
    /// <inheritdoc />
    public virtual Task<BulkAddResult<long>> AddRecordsInBatchesAsync(
        string tableId,
        IAsyncEnumerable<IReadOnlyDictionary<string, object?>> rows,
        BulkAddOptions<long>? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return AddRecordsInBatchesAsync(tableId, Indexed(rows), options, cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<BulkAddResult<TKey>> AddRecordsInBatchesAsync<TKey>(
        string tableId,
        IAsyncEnumerable<BulkAddRow<TKey>> rows,
        BulkAddOptions<TKey>? options = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new BulkAddOptions<TKey>();
        options.Validate(nameof(options));

        long added = 0, failedRows = 0, batches = 0;
        var failed = new ConcurrentBag<BulkAddBatch<TKey>>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Batch(rows, options, cancellationToken), parallel, async (batch, ct) =>
        {
            if (options.OnBatchSending is { } onSending)
            {
                await onSending(batch.Rows, ct).ConfigureAwait(false);
            }

            BulkAddBatch<TKey> result;
            OperationCanceledException? abandoned = null;
            try
            {
                result = await SendBatchAsync(tableId, batch.FirstRowIndex, batch.Rows, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (ct.IsCancellationRequested)
            {
                // The request may have reached Clay before it was abandoned: the caller must hear of
                // these rows (to check them before sending them again) before the cancellation surfaces.
                result = new BulkAddBatch<TKey>(batch.FirstRowIndex, batch.Rows, BulkAddOutcome.Unknown, [], null);
                abandoned = ex;
            }

            if (options.OnBatchCompleted is { } onCompleted)
            {
                await onCompleted(result, abandoned is null ? ct : CancellationToken.None).ConfigureAwait(false);
            }

            if (abandoned is not null)
            {
                ExceptionDispatchInfo.Throw(abandoned);
            }

            if (result.Outcome == BulkAddOutcome.Added)
            {
                Interlocked.Add(ref added, result.Rows.Count);
            }
            else
            {
                failed.Add(result);
                Interlocked.Add(ref failedRows, result.Rows.Count);
            }

            var done = Interlocked.Increment(ref batches);
            options.Progress?.Report(new BulkAddProgress(Interlocked.Read(ref added), Interlocked.Read(ref failedRows), done));
        }).ConfigureAwait(false);

        return new BulkAddResult<TKey>(added, options.SkipRows, failed.OrderBy(b => b.FirstRowIndex).ToList());
    }

    private async Task<BulkAddBatch<TKey>> SendBatchAsync<TKey>(string tableId, long firstRowIndex, IReadOnlyList<BulkAddRow<TKey>> rows, CancellationToken cancellationToken)
    {
        try
        {
            var response = await AddRecordsAsync(tableId, rows.Select(r => r.Cells), cancellationToken).ConfigureAwait(false);
            return new BulkAddBatch<TKey>(firstRowIndex, rows, BulkAddOutcome.Added, [.. response.Records ?? []], null);
        }
        catch (ClayApiException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A 4xx proves Clay did not add the rows; anything else leaves it unknown.
            var outcome = ex.StatusCode is >= 400 and < 500 ? BulkAddOutcome.Rejected : BulkAddOutcome.Unknown;
            return new BulkAddBatch<TKey>(firstRowIndex, rows, outcome, [], ex);
        }
    }

    private static async IAsyncEnumerable<BulkAddRow<long>> Indexed(
        IAsyncEnumerable<IReadOnlyDictionary<string, object?>> rows,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long index = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new BulkAddRow<long>(index++, row);
        }
    }

    private static async IAsyncEnumerable<(long FirstRowIndex, IReadOnlyList<BulkAddRow<TKey>> Rows)> Batch<TKey>(
        IAsyncEnumerable<BulkAddRow<TKey>> rows,
        BulkAddOptions<TKey> options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        long first = options.SkipRows;
        var current = new List<BulkAddRow<TKey>>(options.BatchSize);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (index++ < options.SkipRows)
            {
                continue;
            }

            ArgumentNullException.ThrowIfNull(row?.Cells, nameof(rows));
            current.Add(row);
            if (current.Count == options.BatchSize)
            {
                yield return (first, current);
                first += current.Count;
                current = new List<BulkAddRow<TKey>>(options.BatchSize);
            }
        }

        if (current.Count > 0)
        {
            yield return (first, current);
        }
    }
}
