namespace ClayGen;

/// <summary>Why a row sent to a webhook is not known to have arrived.</summary>
public enum WebhookRowOutcome
{
    /// <summary>Not sent: the row is not a JSON object, or is larger than <see cref="ClayLimits.MaxWebhookPayloadBytes"/>. Fix it and send it again.</summary>
    Rejected,

    /// <summary>Clay refused it (a 4xx other than 429): it was not added. Sending it again as is would fail again.</summary>
    Refused,

    /// <summary>Clay kept answering 429 (<see cref="WebhookSendOptions.MaxRateLimitedAttempts"/> times): not added; safe to send again later.</summary>
    RateLimited,

    /// <summary>The request may have reached Clay (a timeout, a broken connection, a 5xx): it was not sent again, to avoid a duplicate row. Check the table before resending.</summary>
    Unknown,
}
