namespace ClayGen;

/// <summary>
/// Facts of the spec's operations that travel with each request. The generated clients mark every
/// request with its operation's <c>x-clay-idempotent</c> (see <c>Templates/Client.Class.BeforeSend.liquid</c>),
/// so no list of operations is kept by hand.
/// </summary>
public static class ClayOperations
{
    /// <summary>
    /// Whether a request may be retried after it may have reached Clay: its operation is marked
    /// <c>x-clay-idempotent: true</c> in the spec (reads, updates to fixed values, deletes). Requests
    /// that did not come from a generated client count as not idempotent.
    /// </summary>
    /// <param name="request">The request.</param>
    public static bool IsIdempotent(HttpRequestMessage? request) =>
        request is Http.ClayRequestMessage { IsIdempotent: true };

    /// <summary>Marks a request with its operation's <c>x-clay-idempotent</c> (called by the generated clients).</summary>
    internal static void SetIdempotent(Http.ClayRequestMessage request, bool idempotent) => request.IsIdempotent = idempotent;

    /// <summary>Marks a request whose operation takes no credentials (<c>x-clay-auth: none</c>; called by the generated clients).</summary>
    internal static void SetAnonymous(Http.ClayRequestMessage request) => request.IsAnonymous = true;
}
