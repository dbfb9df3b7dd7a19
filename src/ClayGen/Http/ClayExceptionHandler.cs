namespace ClayGen.Http;

/// <summary>
/// The outermost handler. Tells every request which secrets its client holds (session cookie, API key,
/// email, password), so any exception built from it scrubs them by value, and adds them to any Clay
/// exception that leaves the chain. Turns transport failures that escape the retries into Clay
/// exceptions through <see cref="ClayErrorFactory"/> (timeouts into <see cref="ClayTimeoutException"/>,
/// broken connections into <see cref="ClayConnectionException"/>, a body that broke off into
/// <see cref="ClayUnexpectedResponseException"/>), and reports the caller's own cancellation as such.
/// </summary>
/// <remarks>One handler for both jobs: each handler is one more task per call.</remarks>
public sealed class ClayExceptionHandler : DelegatingHandler
{
    private readonly ClaySessionStore? _store;

    /// <summary>Creates the handler without a session store: exceptions are typed, and scrubbed only of the secrets the request already carries.</summary>
    public ClayExceptionHandler()
    {
    }

    /// <summary>Creates the handler for a client's pipeline.</summary>
    /// <param name="store">The session store whose session, API key and credentials are the secrets.</param>
    public ClayExceptionHandler(ClaySessionStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AttachSecrets(request);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            // A re-login during the call replaced the session: the generated client builds its exception from this request.
            AttachSecrets(request);
            return response;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            // Inner handlers cancel through tokens linked to the caller's; the caller should see its own.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (ClayApiException ex)
        {
            AttachSecrets(request);
            ex.ProtectWith(ClaySecrets.For(request));
            throw;
        }
        catch (Exception ex) when (Map(request, ex, cancellationToken) is { } mapped)
        {
#pragma warning disable MA0027 // The typed exception replaces the transport one, which stays as its InnerException.
            throw mapped;
#pragma warning restore MA0027
        }
    }

    private void AttachSecrets(HttpRequestMessage request)
    {
        if (_store is not null)
        {
            ClaySecrets.Attach(request, _store.Secrets);
        }
    }

    // The secrets are attached first, so a session from a re-login during the call is scrubbed too.
    private ClayApiException? Map(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        AttachSecrets(request);
        return ClayErrorFactory.FromTransport(request, exception, cancellationToken);
    }
}
