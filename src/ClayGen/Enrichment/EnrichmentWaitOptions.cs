namespace ClayGen;

/// <summary>How <see cref="ITablesClient.WaitForEnrichmentAsync(string, IEnumerable{string}, IEnumerable{string}, EnrichmentWaitOptions?, CancellationToken)"/> polls.</summary>
public sealed class EnrichmentWaitOptions
{
    /// <summary>The statuses Clay documents as unfinished: <c>QUEUED</c>, <c>PENDING</c>, <c>RUNNING</c>.</summary>
    public static readonly IReadOnlyCollection<string> DefaultInProgressStatuses = [CellStatuses.Queued, CellStatuses.Pending, CellStatuses.Running];

    /// <summary>Time between polls (default 2 s, the interval client code uses).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait in all (default 10 min); <see cref="Timeout.InfiniteTimeSpan"/> waits until cancelled.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a cell without any status still counts as "not reached yet" (default 30 s). Clay leaves a cell
    /// blank when the run has not queued it yet, but also when it never will (a run condition on an API
    /// run, a run that did not start): after this grace such a cell is final, as <see cref="EnrichmentOutcome.NotStarted"/>,
    /// so the wait ends instead of polling until its timeout.
    /// </summary>
    public TimeSpan NotStartedGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The statuses that mean "not finished" (default <see cref="DefaultInProgressStatuses"/>). Every other status is
    /// final, unknown ones included (they are reported as <see cref="EnrichmentOutcome.Unknown"/>). Add
    /// <c>AWAITING_CALLBACK</c> to wait for providers that answer later.
    /// </summary>
    public IReadOnlyCollection<string> InProgressStatuses { get; init; } = DefaultInProgressStatuses;

    /// <summary>Receives where the run stands after every poll.</summary>
    public IProgress<EnrichmentRunResult>? Progress { get; init; }

    /// <summary>How the rows are fetched on each poll (batch size, concurrency); its field filter and missing-row handler are the wait's own.</summary>
    public RecordFetchOptions? Fetch { get; init; }

    /// <summary>The clock for polling and the timeout; the client's (<see cref="ClayClientOptions.TimeProvider"/>) when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }

    internal void Validate(string paramName)
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, PollInterval, "PollInterval must be positive.");
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(paramName, Timeout, "Timeout must be positive, or Timeout.InfiniteTimeSpan.");
        }

        if (NotStartedGrace < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, NotStartedGrace, "NotStartedGrace must not be negative.");
        }

        if (InProgressStatuses is null || InProgressStatuses.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("InProgressStatuses must be set and hold no blank status.", paramName);
        }

        Fetch?.Validate(paramName);
    }
}
