namespace ClayGen;

/// <summary>
/// An enrichment run still had cells in progress when the wait's timeout ran out. <see cref="Result"/> says
/// where it stood; the run itself goes on at Clay (ClayGen never starts or stops a run by waiting).
/// </summary>
public class ClayEnrichmentTimeoutException : ClayTimeoutException
{
    /// <summary>Creates the exception.</summary>
    public ClayEnrichmentTimeoutException()
        : this("The enrichment run did not finish in time.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayEnrichmentTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayEnrichmentTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a run of a table.</summary>
    /// <param name="tableId">The table.</param>
    /// <param name="timeout">The wait's timeout.</param>
    /// <param name="result">Where the run stood at the last poll.</param>
    public ClayEnrichmentTimeoutException(string tableId, TimeSpan timeout, EnrichmentRunResult result)
        : base($"The enrichment run on table {tableId} still had {result?.InProgress} of {result?.Cells} cells in progress after {timeout}: {result}. It goes on at Clay; wait again to follow it.")
    {
        TableId = tableId;
        Result = result;
    }

    /// <summary>The table.</summary>
    public string? TableId { get; }

    /// <summary>Where the run stood at the last poll.</summary>
    public EnrichmentRunResult? Result { get; }
}
