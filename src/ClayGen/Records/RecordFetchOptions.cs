namespace ClayGen;

/// <summary>How <see cref="ITablesClient.StreamRecordsAsync"/> and <see cref="ITablesClient.FetchRecordsAsync"/> read records.</summary>
public sealed class RecordFetchOptions
{
    /// <summary>Record ids per bulk fetch (default and maximum <see cref="ClayLimits.MaxRecordIdsPerBulkFetch"/>).</summary>
    public int BatchSize { get; init; } = ClayLimits.MaxRecordIdsPerBulkFetch;

    /// <summary>Bulk fetches in flight at once (default 4). Memory stays at about this many batches, whatever the row count.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Only these fields' cells (<c>f_...</c>); all fields when <see langword="null"/>.</summary>
    public IReadOnlyCollection<string>? FieldIds { get; init; }

    /// <summary>
    /// Fields whose cells should carry the full enrichment output (<c>externalContent</c>), which bulk fetch
    /// otherwise leaves out (Clay's <c>includeExternalContentFieldIds</c>; low confidence that Clay honours it).
    /// </summary>
    public IReadOnlyCollection<string>? FullValueFieldIds { get; init; }

    /// <summary>
    /// Receives the ids Clay did not return (deleted since they were listed, or never existed), once per
    /// batch that missed some. When <see langword="null"/>, a missing id is an error:
    /// <see cref="ClayMissingRecordsException"/>, after the records before it were returned. Ids are
    /// never dropped silently.
    /// </summary>
    public Action<IReadOnlyList<string>>? OnMissingRecords { get; init; }

    internal void Validate(string paramName)
    {
        if (BatchSize is < 1 or > ClayLimits.MaxRecordIdsPerBulkFetch)
        {
            throw new ArgumentOutOfRangeException(paramName, BatchSize, $"BatchSize must be between 1 and ClayLimits.MaxRecordIdsPerBulkFetch ({ClayLimits.MaxRecordIdsPerBulkFetch}).");
        }

        if (MaxConcurrency is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxConcurrency, "MaxConcurrency must be between 1 and 64.");
        }

        if (FieldIds is not null)
        {
            ClayArgument.ThrowIfInvalidIds(FieldIds, paramName, allowEmpty: true);
        }

        if (FullValueFieldIds is not null)
        {
            ClayArgument.ThrowIfInvalidIds(FullValueFieldIds, paramName, allowEmpty: true);
        }
    }
}
