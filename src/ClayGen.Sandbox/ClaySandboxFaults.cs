namespace ClayGen.Sandbox;

/// <summary>
/// Fault injection for a running <see cref="ClaySandbox"/>. Faults apply to every request, before
/// authentication, routing and any state change, so a failed request never has a side effect.
/// </summary>
public sealed class ClaySandboxFaults
{
    private readonly Lock _sync = new();
    private readonly Queue<PlannedFailure> _planned = new();
    private readonly List<FailureRule> _rules = [];
    private readonly Random _random;
    private TimeSpan _latency;
    private double _randomFailureRate;
    private int? _creditsRemaining;
    private ClaySandboxExportFault _exportFault;

    internal ClaySandboxFaults(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>A delay added before every request is handled (on top of <see cref="ClaySandboxOptions.Latency"/>).</summary>
    public TimeSpan Latency
    {
        get { lock (_sync) { return _latency; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_sync) { _latency = value; }
        }
    }

    /// <summary>
    /// The fraction (0 to 1) of requests answered with 503 before any state change. Draws come from a
    /// <see cref="Random"/> seeded with <see cref="ClaySandboxOptions.Seed"/>.
    /// </summary>
    public double RandomFailureRate
    {
        get { lock (_sync) { return _randomFailureRate; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0d);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1d);
            lock (_sync) { _randomFailureRate = value; }
        }
    }

    /// <summary>
    /// The credits left for enrichment runs; <see langword="null"/> (the default) means unlimited. Each
    /// action cell a run targets takes one credit when the run starts; once none are left, the cells
    /// of later rows end <c>ERROR_OUT_OF_CREDITS</c> instead of <c>SUCCESS</c>.
    /// </summary>
    public int? CreditsRemaining
    {
        get { lock (_sync) { return _creditsRemaining; } }
        set
        {
            if (value is { } credits)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(credits, nameof(value));
            }

            lock (_sync) { _creditsRemaining = value; }
        }
    }

    /// <summary>What happens to export jobs started from now on: finish (the default), fail or never finish.</summary>
    public ClaySandboxExportFault ExportFault
    {
        get { lock (_sync) { return _exportFault; } }
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown export fault.");
            }

            lock (_sync) { _exportFault = value; }
        }
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> requests with <paramref name="statusCode"/>. Calls queue up:
    /// a second call takes effect once the first one's requests are used up.
    /// </summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="statusCode">The status to answer with, e.g. 503 or 429.</param>
    /// <param name="retryAfter">
    /// Sent as <c>Retry-After</c> in whole seconds (rounded up). A 429 always carries the header: one second when omitted.
    /// </param>
    public void FailNext(int count, int statusCode, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        if (retryAfter is { } wait)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero, nameof(retryAfter));
        }

        lock (_sync)
        {
            _planned.Enqueue(new PlannedFailure(statusCode, retryAfter) { Remaining = count });
        }
    }

    /// <summary>
    /// Answers every request that <paramref name="match"/> selects with <paramref name="statusCode"/> and
    /// Clay's error body <c>{"message": ...}</c>, until <see cref="Reset"/>. Planned failures
    /// (<see cref="FailNext"/>) come first. For example, reject one batch of an import by its content.
    /// </summary>
    /// <param name="match">
    /// Picks the requests to fail; it sees the method, path, query and body, and
    /// <see cref="ClaySandboxRequest.StatusCode"/> is 0 (not answered yet). It runs on the server's threads.
    /// </param>
    /// <param name="statusCode">The status to answer with, e.g. 400.</param>
    /// <param name="message">The <c>message</c> of the error body.</param>
    public void FailWhen(Func<ClaySandboxRequest, bool> match, int statusCode, string message = "Injected fault")
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentNullException.ThrowIfNull(message);

        lock (_sync)
        {
            _rules.Add(new FailureRule(match, statusCode, message));
        }
    }

    /// <summary>
    /// Removes every planned failure and <see cref="FailWhen"/> rule, the latency, the random failure
    /// rate, the credit limit and the export fault.
    /// </summary>
    public void Reset()
    {
        lock (_sync)
        {
            _planned.Clear();
            _rules.Clear();
            _latency = TimeSpan.Zero;
            _randomFailureRate = 0;
            _creditsRemaining = null;
            _exportFault = ClaySandboxExportFault.None;
        }
    }

    /// <summary>Takes one credit for a run's cell: false when a limit is set and used up.</summary>
    internal bool TrySpendCredit()
    {
        lock (_sync)
        {
            if (_creditsRemaining is not { } left)
            {
                return true;
            }

            if (left == 0)
            {
                return false;
            }

            _creditsRemaining = left - 1;
            return true;
        }
    }

    internal InjectedFault? TakeFailure(ClaySandboxRequest request)
    {
        FailureRule[] rules;
        lock (_sync)
        {
            if (_planned.TryPeek(out var planned))
            {
                planned.Remaining--;
                if (planned.Remaining == 0)
                {
                    _planned.Dequeue();
                }

                return new InjectedFault(planned.StatusCode, planned.RetryAfter, DefaultMessage(planned.StatusCode));
            }

            rules = [.. _rules];
        }

        // The caller's predicates run outside the lock, so one that touches the faults cannot deadlock.
        foreach (var rule in rules)
        {
            if (rule.Match(request))
            {
                return new InjectedFault(rule.StatusCode, null, rule.Message);
            }
        }

        lock (_sync)
        {
            // Draw only when a rate is set, so enabling it later still gives the seeded sequence.
            if (_randomFailureRate > 0 && _random.NextDouble() < _randomFailureRate)
            {
                return new InjectedFault(503, null, DefaultMessage(503));
            }

            return null;
        }
    }

    private static string DefaultMessage(int statusCode) => statusCode == 429 ? "Too Many Requests" : "Injected fault";
}
