namespace ClayGen;

/// <summary>An export job failed at Clay, or produced no file Clay would hand out.</summary>
public class ClayExportException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayExportException()
        : this("The export failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayExportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayExportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed job.</summary>
    /// <param name="job">The job as last polled.</param>
    public ClayExportException(ExportJob job)
        : base($"Export job {job?.Id} of table {job?.TableId} failed with status {job?.Status}{(string.IsNullOrEmpty(job?.Error) ? "" : ": " + job.Error)}.")
    {
        Job = job;
    }

    /// <summary>The job as last polled.</summary>
    public ExportJob? Job { get; }
}
