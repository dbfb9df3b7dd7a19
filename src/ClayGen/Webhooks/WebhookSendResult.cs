namespace ClayGen;

/// <summary>The outcome of a webhook send: every input row is either counted in <see cref="Sent"/> or listed in <see cref="Failures"/>.</summary>
public sealed class WebhookSendResult
{
    internal WebhookSendResult(long sent, IReadOnlyList<WebhookRowFailure> failures, string? stoppedBecause)
    {
        Sent = sent;
        Failures = failures;
        StoppedBecause = stoppedBecause;
    }

    /// <summary>Rows Clay accepted.</summary>
    public long Sent { get; }

    /// <summary>Rows not known to have arrived, with why.</summary>
    public IReadOnlyList<WebhookRowFailure> Failures { get; }

    /// <summary>
    /// Why the send stopped before the end of the input (the webhook does not exist, or refuses the token):
    /// every row after the last one counted was not sent. <see langword="null"/> when the whole input was read.
    /// </summary>
    public string? StoppedBecause { get; }

    /// <summary>Whether every row arrived.</summary>
    public bool AllSent => Failures.Count == 0 && StoppedBecause is null;
}
