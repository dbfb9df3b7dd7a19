namespace ClayGen;

/// <summary>Where one cell of an enrichment run stands.</summary>
public enum EnrichmentOutcome
{
    /// <summary>Queued, pending or running (<see cref="EnrichmentWaitOptions.InProgressStatuses"/>), or not yet reached within <see cref="EnrichmentWaitOptions.NotStartedGrace"/>.</summary>
    InProgress,

    /// <summary>Done with a value, or found nothing (<c>SUCCESS</c>, <c>SUCCESS_NO_DATA</c>).</summary>
    Succeeded,

    /// <summary>Failed: any <c>ERROR_*</c> status (out of credits, bad request, ...), <c>FAILED</c> or <c>CANCELLED</c>.</summary>
    Failed,

    /// <summary>The field's run condition was not met, so the cell was not run.</summary>
    Skipped,

    /// <summary>The cell still had no status when <see cref="EnrichmentWaitOptions.NotStartedGrace"/> ran out: the run never reached it.</summary>
    NotStarted,

    /// <summary>A final status ClayGen does not know; <see cref="EnrichmentCell.Status"/> holds it.</summary>
    Unknown,
}
