namespace ClayGen.Http;

/// <summary>
/// The request the generated clients send: it carries its operation id, attempt count and whether its
/// body streams as fields, so no call pays for a request-options dictionary.
/// </summary>
internal sealed class ClayRequestMessage : HttpRequestMessage
{
    public ClayRequestMessage(string operationId) => OperationId = operationId;

    /// <summary>The spec's operation id.</summary>
    public string OperationId { get; }

    /// <summary>Whether the operation is marked <c>x-clay-idempotent: true</c>: it may be retried after it may have reached Clay.</summary>
    public bool IsIdempotent { get; set; }

    /// <summary>
    /// Whether the operation takes no credentials (<c>x-clay-auth: none</c>: the health check, webhook
    /// ingestion): no session cookie or API key is attached, and no login is made for it.
    /// </summary>
    public bool IsAnonymous { get; set; }

    /// <summary>The secrets of the client sending it, scrubbed from anything built from it (see <see cref="ClaySecrets"/>).</summary>
    public ClaySecrets? Secrets { get; set; }

    /// <summary>Whether it carries the client's API key rather than the session cookie (a 401 then means the key was refused).</summary>
    public bool UsesApiKey { get; set; }

    /// <summary>Attempts sent so far (retries and the replay after a re-login included).</summary>
    public int Attempt { get; set; }

    /// <summary>
    /// The caller reads the body as it arrives (record ids): it is not buffered inside the attempt, and
    /// its reads are bounded by the idle timeout and the call's total timeout instead.
    /// </summary>
    public bool IsStreamed { get; init; }
}
