using System.Net;

namespace ClayGen.Http;

/// <summary>
/// Keeps credentials with their host. Follows a redirect only within the same origin (scheme, host
/// and port); a redirect to another origin is refused with <see cref="ClayUnsafeDestinationException"/>
/// instead of carrying the cookie, the API key or the password there. Refuses plain <c>http</c> to a host that is
/// not loopback unless <see cref="ClayClientOptions.AllowInsecureHttp"/> is set. Sits inside the
/// session handler, so it sees the request exactly as it would go out, cookie or API key included.
/// </summary>
public sealed class ClayRedirectGuardHandler : DelegatingHandler
{
    /// <summary>Redirects followed within one origin before giving up.</summary>
    public const int MaxRedirects = 5;

    private readonly bool _allowInsecureHttp;

    /// <summary>Creates the handler.</summary>
    /// <param name="allowInsecureHttp">Whether credentials may go over plain <c>http</c> to a host that is not loopback.</param>
    public ClayRedirectGuardHandler(bool allowInsecureHttp = false) => _allowInsecureHttp = allowInsecureHttp;

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        ThrowIfInsecure(request, origin);

        // Almost every answer is final and from the origin: one already in hand goes back as it came, without
        // a state machine of this handler's own (it runs in every attempt). Anything else is inspected below.
        var sending = base.SendAsync(request, cancellationToken);
        return sending.IsCompletedSuccessfully && IsFinal(sending.Result, origin)
            ? sending
            : FollowAsync(request, origin, sending, cancellationToken);
    }

    private async Task<HttpResponseMessage> FollowAsync(HttpRequestMessage request, Uri origin, Task<HttpResponseMessage> sending, CancellationToken cancellationToken)
    {
        var response = await sending.ConfigureAwait(false);
        for (var hop = 0; ; hop++)
        {
            // A network handler that follows redirects itself has already sent the credentials on: say so.
            if (response.RequestMessage?.RequestUri is { } final && !SameOrigin(origin, final))
            {
                response.Dispose();
                throw Refused(request, 0, final, "the network handler followed a redirect to another origin; give ClayGen a handler with AllowAutoRedirect = false");
            }

            if (!IsRedirect(response.StatusCode) || Target(response, request.RequestUri!) is not { } target)
            {
                return response;
            }

            var status = (int)response.StatusCode;
            response.Dispose();
            if (!SameOrigin(origin, target))
            {
                throw Refused(request, status, target, $"Clay answered {status} with a redirect to another origin, which ClayGen does not follow: the session cookie, API key and password stay with {Origin(origin)}. Check ClayClientOptions.BaseAddress");
            }

            if (hop == MaxRedirects)
            {
                throw Refused(request, status, target, $"Clay redirected more than {MaxRedirects} times within {Origin(origin)}");
            }

            // What browsers and HttpClient do: 303, and 301/302 after a POST, turn into a GET without a body.
            if (response.StatusCode == HttpStatusCode.SeeOther || (status is 301 or 302 && request.Method == HttpMethod.Post))
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }

            request.RequestUri = target;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ThrowIfInsecure(HttpRequestMessage request, Uri uri)
    {
        if (!_allowInsecureHttp && IsInsecure(uri))
        {
            throw Refused(request, 0, uri, "ClayGen sends the session cookie, API key and password over plain http only to a loopback address; use https, or set ClayClientOptions.AllowInsecureHttp");
        }
    }

    /// <summary>Plain http to a host other than loopback.</summary>
    internal static bool IsInsecure(Uri uri) =>
        uri.IsAbsoluteUri && string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase) && !uri.IsLoopback;

    /// <summary>Not a redirect, and answered by the origin itself (not by a host a network handler was redirected to).</summary>
    private static bool IsFinal(HttpResponseMessage response, Uri origin) =>
        !IsRedirect(response.StatusCode) && (response.RequestMessage?.RequestUri is not { } final || SameOrigin(origin, final));

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static Uri? Target(HttpResponseMessage response, Uri current) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location
        : new Uri(current, location);

    // The same instance on the common path (the request's own URI): no need to build and compare two strings.
    private static bool SameOrigin(Uri a, Uri b) =>
        ReferenceEquals(a, b) || Uri.Compare(a, b, UriComponents.SchemeAndServer | UriComponents.Port, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static string Origin(Uri uri) => uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Port, UriFormat.UriEscaped);

    private static ClayUnsafeDestinationException Refused(HttpRequestMessage request, int status, Uri destination, string reason)
    {
        var details = ClayErrorFactory.DescribeRequest(request) with { StatusCode = status };
        // A server may put a credential it saw into the target's path: the destination shown is scrubbed like any text.
        var target = destination.GetComponents(UriComponents.SchemeAndServer | UriComponents.Port | UriComponents.Path, UriFormat.UriEscaped);
        var shown = Uri.TryCreate(ClaySecrets.For(request).Redact(target), UriKind.Absolute, out var scrubbed)
            ? scrubbed
            : new Uri(Origin(destination));
        var exception = new ClayUnsafeDestinationException(
            $"Clay {details.OperationId ?? "request"} ({details.Method} {details.RequestPath}) was not sent to {shown}: {reason}.",
            details,
            shown);
        exception.ProtectWith(ClaySecrets.For(request));
        return exception;
    }
}
