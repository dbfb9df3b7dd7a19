namespace ClayGen;

public partial interface ISourcesClient
{
    /// <summary>Deletes a source from its table ("Delete a Source from the table").</summary>
    /// <param name="sourceId">The source (<c>s_...</c>).</param>
    /// <param name="deleteRecords">Also delete the rows it created.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EmptyResponse> DeleteSourceAsync(string sourceId, bool deleteRecords = false, CancellationToken cancellationToken = default);

    /// <summary>Lists the sources of one table ("List all sources in a table").</summary>
    /// <param name="tableId">The table (<c>t_...</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ICollection<Source>> ListTableSourcesAsync(string tableId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends rows to a table's webhook, one JSON object per request as Clay takes them, paced to
    /// <see cref="WebhookSendOptions.RowsPerSecond"/> after a <see cref="WebhookSendOptions.Burst"/>. A 429 is waited
    /// out and the row sent again (Clay did not take it); a row that may have arrived (timeout, broken
    /// connection, 5xx) is never sent again. Every row ends up counted as sent or listed as a failure.
    /// No session or API key goes with the rows: the URL (and the optional auth token) is the credential.
    /// </summary>
    /// <param name="webhookUrl">The webhook's ingestion URL (<c>.../v3/sources/webhook/pull-in-data-from-a-webhook-&lt;id&gt;</c>) on this client's Clay origin.</param>
    /// <param name="rows">The rows: <see cref="Newtonsoft.Json.Linq.JObject"/>s, JSON object text, dictionaries or objects that serialize to a JSON object.</param>
    /// <param name="options">Auth token, pace, progress, clock.</param>
    /// <param name="cancellationToken">Stops sending; the row in flight may have arrived.</param>
    Task<WebhookSendResult> SendToWebhookAsync(Uri webhookUrl, IEnumerable<object> rows, WebhookSendOptions? options = null, CancellationToken cancellationToken = default);
}
