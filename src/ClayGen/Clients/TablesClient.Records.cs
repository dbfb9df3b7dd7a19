namespace ClayGen;

public partial class TablesClient
{
    /// <inheritdoc />
    public virtual Task<RecordList> AddRecordsAsync(string tableId, IEnumerable<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var request = new AddRecordsRequest
        {
            Records = rows.Select(row => new NewRecord { Cells = row?.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal)! }).ToList(),
        };
        return AddRecordsAsync(tableId, request, cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<EmptyResponse> DeleteRecordsAsync(string tableId, IEnumerable<string> recordIds, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        ArgumentNullException.ThrowIfNull(recordIds);
        var ids = recordIds.ToList();
        ClayArgument.ThrowIfInvalidIds(ids, nameof(recordIds));

        // One request per batch, in order, so a failure leaves a known prefix deleted.
        EmptyResponse? last = null;
        var deleted = 0;
        foreach (var batch in ids.Chunk(ClayLimits.DeleteBatchSize))
        {
            try
            {
                last = await DeleteRecordsAsync(tableId, new DeleteRecordsRequest { RecordIds = [.. batch] }, cancellationToken).ConfigureAwait(false);
            }
            catch (ClayApiException ex)
            {
                ex.Data[RecordsDeletedKey] = deleted;
                throw;
            }

            deleted += batch.Length;
        }

        return last!;
    }

    // Documented on ITablesClient.DeleteRecordsAsync: how many ids a failed batched delete had already deleted.
    internal const string RecordsDeletedKey = "ClayGen.RecordsDeleted";

    /// <inheritdoc />
    public virtual Task<EmptyResponse> DeleteAllRecordsAsync(string tableId, string viewId, IEnumerable<string>? keepRecordIds = null, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(viewId, nameof(viewId));
        var keep = keepRecordIds?.ToList() ?? [];
        ClayArgument.ThrowIfInvalidIds(keep, nameof(keepRecordIds), allowEmpty: true);
        var request = new DeleteRecordsRequest
        {
            DeleteAll = true,
            ViewId = viewId,
            OmitDeletingRecordIds = keep,
            RecordIds = [],
            ViewFiltersHash = string.Empty,
        };
        return DeleteRecordsAsync(tableId, request, cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<string>> GetRecordIdsAsync(string tableId, string viewId, CancellationToken cancellationToken = default)
    {
        var list = await ListRecordIdsAsync(tableId, viewId, cancellationToken).ConfigureAwait(false);

        // The freshly parsed list is ours: drop the placeholder in place rather than copy a million ids.
        if (list.Results is List<string> ids)
        {
            ids.RemoveAll(RecordIdList.IsPlaceholder);
            return ids;
        }

        return list.RecordIds;
    }
}
