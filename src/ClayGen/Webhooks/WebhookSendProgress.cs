namespace ClayGen;

/// <summary>How far a webhook send has come.</summary>
/// <param name="Sent">Rows Clay accepted.</param>
/// <param name="Failed">Rows not known to have arrived (see <see cref="WebhookSendResult.Failures"/>).</param>
public sealed record WebhookSendProgress(long Sent, long Failed);
