namespace ClayGen;

/// <summary>
/// Where an enrichment run stands: counts per status and outcome, the cells that did not succeed and the
/// rows Clay no longer has. Returned by <see cref="ITablesClient.WaitForEnrichmentAsync(string, IEnumerable{string}, IEnumerable{string}, EnrichmentWaitOptions?, CancellationToken)"/>
/// when no cell is in progress any more, and reported as progress after every poll.
/// </summary>
public sealed class EnrichmentRunResult
{
    internal EnrichmentRunResult(
        int cells,
        IReadOnlyDictionary<string, int> countsByStatus,
        IReadOnlyDictionary<EnrichmentOutcome, int> countsByOutcome,
        IReadOnlyList<EnrichmentCell> unsuccessful,
        IReadOnlyList<string> missingRecordIds,
        TimeSpan elapsed)
    {
        Cells = cells;
        CountsByStatus = countsByStatus;
        CountsByOutcome = countsByOutcome;
        UnsuccessfulCells = unsuccessful;
        MissingRecordIds = missingRecordIds;
        Elapsed = elapsed;
    }

    /// <summary>Cells watched: rows Clay returned × fields.</summary>
    public int Cells { get; }

    /// <summary>Cells per Clay status as sent (<c>NOT_STARTED</c> for cells without one).</summary>
    public IReadOnlyDictionary<string, int> CountsByStatus { get; }

    /// <summary>Cells per outcome; every outcome is present, zero included.</summary>
    public IReadOnlyDictionary<EnrichmentOutcome, int> CountsByOutcome { get; }

    /// <summary>Cells that failed, were skipped, never started or ended in an unknown status (not those in progress).</summary>
    public IReadOnlyList<EnrichmentCell> UnsuccessfulCells { get; }

    /// <summary>Rows asked for that Clay did not return (deleted, or never there): not watched, and not counted in <see cref="Cells"/>.</summary>
    public IReadOnlyList<string> MissingRecordIds { get; }

    /// <summary>Time since the wait began, on the wait's clock.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Cells still queued, pending or running.</summary>
    public int InProgress => CountsByOutcome[EnrichmentOutcome.InProgress];

    /// <summary>Cells that succeeded.</summary>
    public int Succeeded => CountsByOutcome[EnrichmentOutcome.Succeeded];

    /// <summary>Cells that failed.</summary>
    public int Failed => CountsByOutcome[EnrichmentOutcome.Failed];

    /// <summary>Whether no cell is in progress any more.</summary>
    public bool IsComplete => InProgress == 0;

    /// <summary>Whether the run is over, every watched cell succeeded and no row went missing.</summary>
    public bool AllSucceeded => IsComplete && Succeeded == Cells && MissingRecordIds.Count == 0;

    /// <summary>The rows with at least one failed cell, in the order they were watched.</summary>
    public IReadOnlyList<string> FailedRecordIds =>
        UnsuccessfulCells.Where(c => c.Outcome == EnrichmentOutcome.Failed).Select(c => c.RecordId).Distinct(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Cells} cells: {string.Join(", ", CountsByOutcome.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}"))}" +
        (MissingRecordIds.Count > 0 ? $"; {MissingRecordIds.Count} rows missing" : "");
}
