namespace ClayGen;

/// <summary>Known values of <see cref="CellMetadata.Status"/>. The set is open: Clay may send others.</summary>
public static class CellStatuses
{
    /// <summary>The cell has its value.</summary>
    public const string Success = "SUCCESS";

    /// <summary>Computing the cell failed.</summary>
    public const string Error = "ERROR";

    /// <summary>The cell waits for an enrichment run.</summary>
    public const string Queued = "QUEUED";

    /// <summary>An enrichment is computing the cell.</summary>
    public const string Running = "RUNNING";
}
