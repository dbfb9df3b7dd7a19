namespace ClayGen;

public partial interface ISourcesClient
{
    /// <summary>Deletes a source from its table ("Delete a Source from the table").</summary>
    /// <param name="sourceId">The source (<c>s_...</c>).</param>
    /// <param name="deleteRecords">Also delete the rows it created.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EmptyResponse> DeleteSourceAsync(string sourceId, bool deleteRecords = false, CancellationToken cancellationToken = default);

    /// <summary>Lists the sources of one table ("List all sources in a table").</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ICollection<Source>> ListTableSourcesAsync(string tableId, CancellationToken cancellationToken = default);
}
