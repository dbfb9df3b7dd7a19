namespace ClayGen;

public partial class TablesClient
{
    /// <inheritdoc />
    public virtual Task<RunEnrichmentResponse> RunEnrichmentAsync(string tableId, IEnumerable<string> fieldIds, RunRecords runRecords, bool forceRun = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fieldIds);
        ArgumentNullException.ThrowIfNull(runRecords);
        var ids = fieldIds.ToList();
        ClayArgument.ThrowIfInvalidIds(ids, nameof(fieldIds));
        var request = new RunEnrichmentRequest { FieldIds = ids, RunRecords = runRecords, ForceRun = forceRun, CallerName = "ClayGen" };
        return RunEnrichmentAsync(tableId, request, cancellationToken);
    }
}
