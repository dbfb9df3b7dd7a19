using Polly.Timeout;

namespace ClayGen.Http;

/// <summary>
/// The outermost handler: turns transport failures that escape the retries into Clay exceptions
/// (timeouts into <see cref="ClayTimeoutException"/>, broken connections into
/// <see cref="ClayConnectionException"/>), and leaves the caller's own cancellation alone.
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
        catch (TimeoutRejectedException ex)
        {
            throw Timeout(request, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's token: an inner timeout (HttpClient's or the server's) cancelled the call.
            throw Timeout(request, ex);
        }
        catch (HttpRequestException ex)
        {
            var details = ClayApiException.DescribeRequest(request);
            throw new ClayConnectionException(
                $"Clay {details.OperationId ?? "request"} ({details.Method} {details.RequestPath}) got no usable response: {ex.Message}",
                details,
                ex);
        }
    }

    private static ClayTimeoutException Timeout(HttpRequestMessage request, Exception inner)
    {
        var details = ClayApiException.DescribeRequest(request);
        return new ClayTimeoutException(
            $"Clay {details.OperationId ?? "request"} ({details.Method} {details.RequestPath}) timed out after {ClayRequestOptions.GetAttempt(request)} attempt(s).",
            details,
            inner);
    }
}
