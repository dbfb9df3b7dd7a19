namespace ClayGen;

public partial interface IExportsClient
{
    /// <summary>
    /// Exports a table (or one view of it, with its filters) to CSV: starts the job, polls it until the file is
    /// ready, and copies the file to <paramref name="destination"/>. The file is fetched from its pre-signed
    /// link without Clay credentials. Enrichment columns hold their preview ("Response"); read full outputs
    /// with <see cref="ITablesClient.GetRecordAsync"/>.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="viewId">The view (<c>gv_...</c>), or <see langword="null"/> for every row of the table.</param>
    /// <param name="destination">Where the CSV goes; not closed.</param>
    /// <param name="options">Poll interval, timeout, progress, clock.</param>
    /// <param name="cancellationToken">Stops waiting or downloading (the job goes on at Clay).</param>
    /// <returns>The finished job.</returns>
    /// <exception cref="ClayExportException">The job failed at Clay.</exception>
    /// <exception cref="ClayExportTimeoutException">The job had no file when <see cref="ExportOptions.Timeout"/> ran out; it names the job.</exception>
    Task<ExportJob> ExportAsync(string tableId, string? viewId, Stream destination, ExportOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="ExportAsync(string, string?, Stream, ExportOptions?, CancellationToken)"/>, into a file: written to
    /// <c>path.partial</c> and moved into place once complete, so a failed export leaves no half-written file.
    /// </summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="viewId">The view (<c>gv_...</c>), or <see langword="null"/> for every row of the table.</param>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <param name="options">Poll interval, timeout, progress, clock.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    Task<ExportJob> ExportToFileAsync(string tableId, string? viewId, string path, ExportOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Polls an export job until its file is ready (any of the "done" shapes Clay is seen to send).</summary>
    /// <param name="jobId">The job (<c>ej_...</c>).</param>
    /// <param name="options">Poll interval, timeout, progress, clock.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ClayExportException">The job failed.</exception>
    /// <exception cref="ClayExportTimeoutException">The job had no file in time.</exception>
    Task<ExportJob> WaitForExportAsync(string jobId, ExportOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Copies a finished job's file to a stream, without Clay credentials (the link is pre-signed).</summary>
    /// <param name="job">A finished job (<see cref="ExportJob.IsReady"/>).</param>
    /// <param name="destination">Where the file goes; not closed.</param>
    /// <param name="progress">Receives the bytes downloaded so far.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The bytes written.</returns>
    Task<long> DownloadAsync(ExportJob job, Stream destination, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default);
}
