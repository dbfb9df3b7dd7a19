namespace ClayGen.Cli.Import;

/// <summary>
/// What one run of an import did. Every row of the file is counted once:
/// <c>Skipped + Added + Rejected + Unknown + Malformed + NotSent == RowsInFile</c>.
/// </summary>
internal sealed record ImportSummary
{
    public required string File { get; init; }

    public required string TableId { get; init; }

    public long RowsInFile { get; init; }

    public long Added { get; init; }

    /// <summary>Rows an earlier run already handled (added, failed or malformed): not sent again.</summary>
    public long Skipped { get; init; }

    public long Rejected { get; init; }

    /// <summary>Rows whose batch failed after it may have reached Clay, <see cref="InDoubt"/> included.</summary>
    public long Unknown { get; init; }

    /// <summary>Of <see cref="Unknown"/>: rows a killed earlier run had sent without learning the outcome.</summary>
    public long InDoubt { get; init; }

    public long Malformed { get; init; }

    /// <summary>Rows not reached because the run was stopped; the next run sends them.</summary>
    public long NotSent { get; init; }

    public bool Interrupted { get; init; }

    public bool Resumed { get; init; }

    public required string ResumeFile { get; init; }

    /// <summary>The failed-rows file, when this run wrote to it.</summary>
    public string? FailedFile { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<MalformedRow> MalformedRows { get; init; } = [];

    /// <summary>Totals over every run of this import.</summary>
    public required ImportTotals Overall { get; init; }

    public long Failed => Rejected + Unknown + Malformed;

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? (Added + Rejected + Unknown - InDoubt) / Elapsed.TotalSeconds : 0;
}
