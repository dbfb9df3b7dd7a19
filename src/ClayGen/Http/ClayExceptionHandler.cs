namespace ClayGen.Http;

/// <summary>
/// The outermost handler: turns transport failures that escape the retries into Clay exceptions
/// through <see cref="ClayErrorFactory"/> (timeouts into <see cref="ClayTimeoutException"/>, broken
/// connections into <see cref="ClayConnectionException"/>, a body that broke off into
/// <see cref="ClayUnexpectedResponseException"/>), and reports the caller's own cancellation as such.
/// </summary>
public sealed class ClayExceptionHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            // Inner handlers cancel through tokens linked to the caller's; the caller should see its own.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (Exception ex) when (ClayErrorFactory.FromTransport(request, ex, cancellationToken) is { } mapped)
        {
#pragma warning disable MA0027 // The typed exception replaces the transport one, which stays as its InnerException.
            throw mapped;
#pragma warning restore MA0027
        }
    }
}
