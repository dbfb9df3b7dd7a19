namespace ClayGen.Cli.Import;

/// <summary>
/// The resume file (<c>&lt;file&gt;.claygen-resume.json</c>): which rows of which file went to which
/// table. Rows are numbered from 0 in file order, malformed ones included.
/// </summary>
internal sealed class ImportCheckpoint
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public string File { get; set; } = string.Empty;

    public long FileLength { get; set; }

    /// <summary>SHA-256 of the file: a resume must read exactly the rows the first run read.</summary>
    public string FileSha256 { get; set; } = string.Empty;

    /// <summary>The server the rows went to: the same table id on another server is another table.</summary>
    public string Server { get; set; } = string.Empty;

    public string TableId { get; set; } = string.Empty;

    /// <summary>Column (or JSON key) to field id, as the first run mapped them.</summary>
    public SortedDictionary<string, string> Mapping { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Rows handled for good: added, failed (see the failed file) or malformed. Never sent again.</summary>
    public List<long[]> Completed { get; set; } = [];

    /// <summary>
    /// Rows handed to a batch whose outcome is not known yet. Left here by a run that was killed, they
    /// may or may not have been added: a resume reports them as unknown instead of sending them twice.
    /// </summary>
    public List<long[]> InFlight { get; set; } = [];

    public ImportTotals Totals { get; set; } = new();

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
