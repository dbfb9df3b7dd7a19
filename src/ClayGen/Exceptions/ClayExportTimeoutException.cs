namespace ClayGen;

/// <summary>An export job had not produced its file when <see cref="ExportOptions.Timeout"/> ran out.</summary>
public class ClayExportTimeoutException : ClayTimeoutException
{
    /// <summary>Creates the exception.</summary>
    public ClayExportTimeoutException()
        : this("The export did not finish in time.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayExportTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayExportTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a job.</summary>
    /// <param name="job">The job as last polled.</param>
    /// <param name="timeout">The timeout that ran out.</param>
    public ClayExportTimeoutException(ExportJob job, TimeSpan timeout)
        : base($"Export job {job?.Id} of table {job?.TableId} was still {job?.Status ?? "without a status"} after {timeout}; poll it again with Exports.WaitForExportAsync(\"{job?.Id}\").")
    {
        Job = job;
    }

    /// <summary>The job as last polled.</summary>
    public ExportJob? Job { get; }
}
