namespace ClayGen.Http;

/// <summary>
/// The outermost handler: tells every request which secrets its client holds (session cookie,
/// API key, email, password), so any exception built from it scrubs them by value, and adds them to any
/// Clay exception that leaves the chain.
/// </summary>
public sealed class ClaySecretsHandler : DelegatingHandler
{
    private readonly ClaySessionStore _store;

    /// <summary>Creates the handler.</summary>
    /// <param name="store">The session store whose session and credentials are the secrets.</param>
    public ClaySecretsHandler(ClaySessionStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClaySecrets.Attach(request, _store.Secrets);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            // A re-login during the call replaced the session: the generated client builds its exception from this request.
            ClaySecrets.Attach(request, _store.Secrets);
            return response;
        }
        catch (ClayApiException ex)
        {
            ClaySecrets.Attach(request, _store.Secrets);
            ex.ProtectWith(ClaySecrets.For(request));
            throw;
        }
    }
}
