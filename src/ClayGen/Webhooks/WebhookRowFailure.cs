namespace ClayGen;

/// <summary>A row of a webhook send that is not known to have arrived.</summary>
/// <param name="Index">The row's position in the input (from 0).</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Reason">Why, in words (secrets scrubbed).</param>
public sealed record WebhookRowFailure(long Index, WebhookRowOutcome Outcome, string Reason);
