using System.Net;

namespace ClayGen.Http;

/// <summary>
/// Adds <c>Cookie: claysession=...</c> to every request but login, and logs in outside the attempts: before
/// the first request when there is no session, and once after a 401 when credentials are known (then the
/// request is replayed once). A call logs in at most once; the login itself is single-flight and never
/// resent by a retry (<see cref="ClaySessionStore"/>). A login made through the client hands its session to the store.
/// With an API key (<see cref="ClayClientOptions.ApiKey"/>) it adds <c>Authorization: &lt;key&gt;</c> instead of the
/// cookie and never logs in: a 401 goes back as it came, to become a <see cref="ClayAuthenticationException"/>.
/// </summary>
public sealed class ClaySessionHandler : DelegatingHandler
{
    private readonly ClaySessionStore _store;
    private readonly Uri _baseAddress;
    private readonly Func<string, string, CancellationToken, Task<ClaySession>> _login;

    // The Cookie header of the session in use, built once per session rather than per request.
    private CookieHeader? _cookie;

    /// <summary>Creates the handler.</summary>
    /// <param name="store">The session store, shared by all handlers of one client.</param>
    /// <param name="baseAddress">Clay's base address, used for logins.</param>
    public ClaySessionHandler(ClaySessionStore store, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(baseAddress);
        _store = store;
        _baseAddress = baseAddress;
        _login = LoginAsync;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ClayLogin.IsLogin(request))
        {
            return await SendLoginAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request is ClayRequestMessage { IsAnonymous: true })
        {
            // The URL is the credential (webhook ingestion, an export's pre-signed link) or none is needed
            // (health): no cookie or API key goes with it, and no login is made for it.
            request.Headers.Remove("Cookie");
            request.Headers.Remove("Authorization");
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (_store.ApiKey is { } apiKey)
        {
            ApplyApiKey(request, apiKey);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var session = _store.Current;
        var loggedIn = false;
        if (session is null)
        {
            session = await _store.RenewAsync(null, mayLogIn: true, _login, cancellationToken).ConfigureAwait(false);
            loggedIn = true;
        }

        Apply(request, session!, replay: false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !_store.CanLogin)
        {
            return response;
        }

        // A newer session may have come from another call meanwhile; otherwise log in, unless this call
        // already did: a 401 with a session fresh from a login is a real refusal, not an expiry.
        var fresh = await _store.RenewAsync(session, mayLogIn: !loggedIn, _login, cancellationToken).ConfigureAwait(false);
        if (fresh is null)
        {
            return response;
        }

        response.Dispose();
        Apply(request, fresh, replay: true);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // A login made through the client (ClayClient.LoginAsync, Auth.FetchSessionAsync): credentials Clay
    // refused within the cooldown are not sent again, and the session it returns becomes the client's.
    private async Task<HttpResponseMessage> SendLoginAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("Cookie");
        var credentials = await ClayLogin.ReadCredentialsAsync(request, cancellationToken).ConfigureAwait(false);
        if (credentials is { } sent)
        {
            _store.ThrowIfRefused(sent.Email, sent.Password);
        }

        var answer = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (ClayLogin.TryReadSession(answer, out var issued))
        {
            _store.Set(issued);
            if (credentials is { } accepted)
            {
                _store.ForgetRefusal(accepted.Email, accepted.Password);
            }
        }
        else if (credentials is { } refused && await ClayLogin.ReadRefusalAsync(answer, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            _store.RememberRefusal(refused.Email, refused.Password, refusal);
        }

        return answer;
    }

    private void Apply(HttpRequestMessage request, ClaySession session, bool replay)
    {
        var cookie = _cookie;
        if (cookie is null || !ReferenceEquals(cookie.Session, session))
        {
            cookie = new CookieHeader(session, session.ToCookieHeader());
            _cookie = cookie;
        }

        // A generated request carries no Cookie of its own until this handler adds one.
        if (replay || request is not ClayRequestMessage)
        {
            request.Headers.Remove("Cookie");
        }

        request.Headers.TryAddWithoutValidation("Cookie", cookie.Header);
    }

    private static void ApplyApiKey(HttpRequestMessage request, string apiKey)
    {
        // A generated request carries neither header; a request built elsewhere must not send a cookie or key of its own.
        if (request is not ClayRequestMessage)
        {
            request.Headers.Remove("Cookie");
            request.Headers.Remove("Authorization");
        }

        // Raw, without a scheme: the form Clay's API-key clients send.
        request.Headers.TryAddWithoutValidation("Authorization", apiKey);
        ClayRequestOptions.MarkApiKey(request);
    }

    private async Task<ClaySession> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        // Straight to the inner handlers (the attempts): a login must not carry the stale cookie or loop through this handler.
        using var http = new HttpClient(InnerHandler!, disposeHandler: false) { BaseAddress = _baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        return await ClayLogin.LoginAsync(http, email, password, cancellationToken).ConfigureAwait(false);
    }

    private sealed record CookieHeader(ClaySession Session, string Header);
}
