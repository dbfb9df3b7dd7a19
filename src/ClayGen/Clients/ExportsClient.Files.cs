using ClayGen.Http;

namespace ClayGen;

public partial class ExportsClient
{
    /// <inheritdoc />
    public virtual async Task<ExportJob> ExportAsync(string tableId, string? viewId, Stream destination, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        ClayArgument.ThrowIfInvalidOptionalId(viewId, nameof(viewId));
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream is not writable.", nameof(destination));
        }

        options ??= new ExportOptions();
        options.Validate(nameof(options));

        var csv = new ExportRequest { Format = "csv" };
        var started = viewId is null
            ? await ExportTableAsync(tableId, csv, cancellationToken).ConfigureAwait(false)
            : await ExportViewAsync(tableId, viewId, csv, cancellationToken).ConfigureAwait(false);
        var done = await WaitAsync(started, options, cancellationToken).ConfigureAwait(false);
        await DownloadAsync(done, destination, options.Progress, cancellationToken).ConfigureAwait(false);
        return done;
    }

    /// <inheritdoc />
    public virtual async Task<ExportJob> ExportToFileAsync(string tableId, string? viewId, string path, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new ArgumentException($"'{path}' is a directory; give the path of the file to write.", nameof(path));
        }

        // Written beside the target and moved into place at the end: a failed export leaves no half file behind.
        var partial = full + ".partial";
        try
        {
            ExportJob job;
            var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                job = await ExportAsync(tableId, viewId, file, options, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, full, overwrite: true);
            return job;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <inheritdoc />
    public virtual async Task<ExportJob> WaitForExportAsync(string jobId, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(jobId, nameof(jobId));
        options ??= new ExportOptions();
        options.Validate(nameof(options));
        var job = await GetExportAsync(jobId, cancellationToken).ConfigureAwait(false);
        return await WaitAsync(job, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual async Task<long> DownloadAsync(ExportJob job, Stream destination, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(destination);
        var url = job.FileUrl ?? throw new ArgumentException($"Export job {job.Id} has no file link yet (status {job.Status}); wait for it first.", nameof(job));

        // A pre-signed link on another host: sent without the session cookie or API key.
        using var request = new ClayRequestMessage("downloadExport")
        {
            Method = HttpMethod.Get,
            RequestUri = url,
            IsStreamed = true,
            IsIdempotent = true,
            IsAnonymous = true,
        };
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ClayErrorFactory.FromResponseAsync(response, "downloadExport", cancellationToken).ConfigureAwait(false);
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
                progress?.Report(new ExportProgress(job, total));
            }

            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
            return total;
        }
    }

    private async Task<ExportJob> WaitAsync(ExportJob job, ExportOptions options, CancellationToken cancellationToken)
    {
        var time = options.TimeProvider ?? Clock;
        var started = time.GetTimestamp();
        while (true)
        {
            options.Progress?.Report(new ExportProgress(job, 0));
            if (job.HasFailed)
            {
                throw new ClayExportException(job);
            }

            if (job.IsReady)
            {
                return job;
            }

            var elapsed = time.GetElapsedTime(started);
            if (elapsed >= options.Timeout)
            {
                throw new ClayExportTimeoutException(job, options.Timeout);
            }

            var remaining = options.Timeout - elapsed;
            await Task.Delay(options.PollInterval < remaining ? options.PollInterval : remaining, time, cancellationToken).ConfigureAwait(false);
            job = await GetExportAsync(job.Id, cancellationToken).ConfigureAwait(false);
        }
    }
}
