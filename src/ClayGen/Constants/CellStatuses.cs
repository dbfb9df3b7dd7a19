namespace ClayGen;

/// <summary>
/// Known values of <see cref="CellMetadata.Status"/>: the spec's <c>CellStatus</c>, every value client
/// code shows. The set is open: Clay sends others, which are kept as their raw strings.
/// </summary>
public static class CellStatuses
{
    /// <summary>The cell has its value.</summary>
    public const string Success = "SUCCESS";

    /// <summary>The enrichment ran and found nothing.</summary>
    public const string SuccessNoData = "SUCCESS_NO_DATA";

    /// <summary>The cell waits to be computed.</summary>
    public const string Pending = "PENDING";

    /// <summary>The cell waits for an enrichment run.</summary>
    public const string Queued = "QUEUED";

    /// <summary>An enrichment is computing the cell.</summary>
    public const string Running = "RUNNING";

    /// <summary>The enrichment waits for a provider's callback.</summary>
    public const string AwaitingCallback = "AWAITING_CALLBACK";

    /// <summary>Computing the cell failed.</summary>
    public const string Error = "ERROR";

    /// <summary>An input the enrichment needs is empty.</summary>
    public const string ErrorMissingInput = "ERROR_MISSING_INPUT";

    /// <summary>An input the enrichment needs is invalid.</summary>
    public const string ErrorInvalidInput = "ERROR_INVALID_INPUT";

    /// <summary>The provider rejected the request.</summary>
    public const string ErrorBadRequest = "ERROR_BAD_REQUEST";

    /// <summary>The workspace is out of credits.</summary>
    public const string ErrorOutOfCredits = "ERROR_OUT_OF_CREDITS";

    /// <summary>The user's own API key is out of credits.</summary>
    public const string ErrorUserOutOfApiCredits = "ERROR_USER_OUT_OF_API_CREDITS";

    /// <summary>The same column ran too often; wait a few minutes.</summary>
    public const string ErrorTooManyRuns = "ERROR_TOO_MANY_RUNS";

    /// <summary>The column's run condition was not met.</summary>
    public const string ErrorRunConditionNotMet = "ERROR_RUN_CONDITION_NOT_MET";

    /// <summary>A terminal failure (from one client's list; never captured).</summary>
    public const string Failed = "FAILED";

    /// <summary>The run was cancelled (from one client's list; never captured).</summary>
    public const string Cancelled = "CANCELLED";

    /// <summary>The run condition was not met (from one client's list; never captured).</summary>
    public const string RunConditionNotMet = "RUN_CONDITION_NOT_MET";
}
