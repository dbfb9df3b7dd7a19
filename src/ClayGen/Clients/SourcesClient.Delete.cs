namespace ClayGen;

public partial class SourcesClient
{
    /// <inheritdoc />
    public virtual Task<EmptyResponse> DeleteSourceAsync(string sourceId, bool deleteRecords = false, CancellationToken cancellationToken = default) =>
        DeleteSourceAsync(sourceId, new DeleteSourceRequest { DeleteRecords = deleteRecords }, cancellationToken);

    /// <inheritdoc />
    public virtual async Task<ICollection<Source>> ListTableSourcesAsync(string tableId, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        return await ListSourcesAsync(tableId, null, cancellationToken).ConfigureAwait(false);
    }
}
