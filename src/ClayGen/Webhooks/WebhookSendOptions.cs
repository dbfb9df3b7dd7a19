namespace ClayGen;

/// <summary>How <see cref="ISourcesClient.SendToWebhookAsync(Uri, IEnumerable{object}, WebhookSendOptions?, CancellationToken)"/> sends rows.</summary>
public sealed class WebhookSendOptions
{
    /// <summary>The source's auth token, sent as <c>x-clay-webhook-auth</c> when the webhook has auth. A secret: never logged.</summary>
    public string? AuthToken { get; init; }

    /// <summary>Rows per second once the burst is spent (default <see cref="ClayLimits.WebhookRowsPerSecond"/>).</summary>
    public double RowsPerSecond { get; init; } = ClayLimits.WebhookRowsPerSecond;

    /// <summary>Rows sent back to back before pacing starts (default <see cref="ClayLimits.WebhookBurst"/>).</summary>
    public int Burst { get; init; } = ClayLimits.WebhookBurst;

    /// <summary>
    /// How often one row is sent again after Clay answered 429 (default 10): a 429 means the row was not taken,
    /// so resending it is safe. After that the row is reported as <see cref="WebhookRowOutcome.RateLimited"/>.
    /// </summary>
    public int MaxRateLimitedAttempts { get; init; } = 10;

    /// <summary>Receives the counts after every row.</summary>
    public IProgress<WebhookSendProgress>? Progress { get; init; }

    /// <summary>The clock for pacing; the client's (<see cref="ClayClientOptions.TimeProvider"/>) when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }

    internal void Validate(string paramName)
    {
        if (!(RowsPerSecond > 0) || double.IsInfinity(RowsPerSecond))
        {
            throw new ArgumentOutOfRangeException(paramName, RowsPerSecond, "RowsPerSecond must be a positive number.");
        }

        if (Burst < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, Burst, "Burst must be at least 1.");
        }

        if (MaxRateLimitedAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxRateLimitedAttempts, "MaxRateLimitedAttempts must be at least 1.");
        }

        if (AuthToken is not null && (AuthToken.Length == 0 || AuthToken.Any(char.IsControl)))
        {
            throw new ArgumentException("AuthToken must not be empty or hold control characters.", paramName);
        }
    }
}
