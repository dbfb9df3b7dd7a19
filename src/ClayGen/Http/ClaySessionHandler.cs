using System.Net;

namespace ClayGen.Http;

/// <summary>
/// Adds <c>Cookie: claysession=...</c> to every request but login; on a 401, when credentials are
/// known, logs in once (shared with concurrent requests) and replays the request once.
/// </summary>
public sealed class ClaySessionHandler : DelegatingHandler
{
    private readonly ClaySessionStore _store;
    private readonly Uri _baseAddress;

    /// <summary>Creates the handler.</summary>
    /// <param name="store">The session store, shared by all handlers of one client.</param>
    /// <param name="baseAddress">Clay's base address, used for re-login.</param>
    public ClaySessionHandler(ClaySessionStore store, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(baseAddress);
        _store = store;
        _baseAddress = baseAddress;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsLogin(request))
        {
            request.Headers.Remove("Cookie");
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var session = _store.Current ?? await _store.RenewAsync(null, LoginAsync, cancellationToken).ConfigureAwait(false);
        Apply(request, session);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !_store.CanLogin)
        {
            return response;
        }

        response.Dispose();
        var fresh = await _store.RenewAsync(session, LoginAsync, cancellationToken).ConfigureAwait(false);
        Apply(request, fresh);

        // One replay only: a 401 with a fresh session is a real refusal, not an expiry.
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsLogin(HttpRequestMessage request) =>
        string.Equals(ClayRequestOptions.GetOperationId(request), "login", StringComparison.Ordinal) ||
        (request.RequestUri?.OriginalString.EndsWith("v3/auth/login", StringComparison.Ordinal) ?? false);

    private static void Apply(HttpRequestMessage request, ClaySession session)
    {
        request.Headers.Remove("Cookie");
        request.Headers.TryAddWithoutValidation("Cookie", session.ToCookieHeader());
    }

    private async Task<ClaySession> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        // Straight to the inner handler: a login must not carry the stale cookie or loop through this handler.
        using var http = new HttpClient(InnerHandler!, disposeHandler: false) { BaseAddress = _baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        return await ClaySession.LoginAsync(http, email, password, cancellationToken).ConfigureAwait(false);
    }
}
