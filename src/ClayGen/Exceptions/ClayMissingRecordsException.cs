namespace ClayGen;

/// <summary>
/// Clay's answer to a bulk fetch left out records that were asked for: deleted since their ids were read,
/// or never there. Set <see cref="RecordFetchOptions.OnMissingRecords"/> to collect them instead.
/// </summary>
public class ClayMissingRecordsException : ClayUnexpectedResponseException
{
    /// <summary>Creates the exception.</summary>
    public ClayMissingRecordsException()
        : this("Clay did not return every record asked for.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayMissingRecordsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayMissingRecordsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the missing ids of a table.</summary>
    /// <param name="tableId">The table.</param>
    /// <param name="missingRecordIds">The ids Clay left out.</param>
    public ClayMissingRecordsException(string tableId, IReadOnlyList<string> missingRecordIds)
        : base(Describe(tableId, missingRecordIds))
    {
        TableId = tableId;
        MissingRecordIds = missingRecordIds;
    }

    /// <summary>The table the records were read from.</summary>
    public string? TableId { get; }

    /// <summary>The ids Clay did not return.</summary>
    public IReadOnlyList<string> MissingRecordIds { get; } = [];

    private static string Describe(string tableId, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var shown = string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? $", ... ({ids.Count} in all)" : "");
        return $"Clay returned no record for {ids.Count} id(s) of table {tableId}: {shown}. They were deleted, or never existed; " +
            "set RecordFetchOptions.OnMissingRecords to collect them instead of failing.";
    }
}
