namespace ClayGen;

/// <summary>What became of one batch of rows.</summary>
public enum BulkAddOutcome
{
    /// <summary>Clay added the rows.</summary>
    Added,

    /// <summary>Clay refused the rows (4xx): they were certainly not added; fix and re-send them.</summary>
    Rejected,

    /// <summary>
    /// The request may have reached Clay before it failed (5xx, timeout, broken connection): the rows
    /// may or may not have been added, so check the table before sending them again.
    /// </summary>
    Unknown,
}
