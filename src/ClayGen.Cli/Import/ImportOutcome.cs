namespace ClayGen.Cli.Import;

/// <summary>What became of a row, as the failed file and the summary name it.</summary>
internal enum ImportOutcome
{
    /// <summary>Clay added it.</summary>
    Added,

    /// <summary>Clay refused its batch (4xx): certainly not added; fix it and import the failed file.</summary>
    Rejected,

    /// <summary>Its batch failed after it may have reached Clay (5xx, timeout): check the table before sending it again.</summary>
    Unknown,

    /// <summary>The row could not be read (bad quoting, wrong field count, a value of the wrong type).</summary>
    Malformed,
}
