namespace ClayGen.Http;

/// <summary>
/// Bounds the whole call by <see cref="ClayClientOptions.Timeout"/>: the login it triggers, every
/// attempt with its body, the waits between them, and, for an operation that streams its body, every
/// read of that body until the response is disposed. Buffered bodies are read inside the attempt
/// (<see cref="ClayRetryHandler"/>), so they are complete before this handler returns.
/// </summary>
public sealed class ClayTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _idleTimeout;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="timeout">The time the whole call may take.</param>
    /// <param name="idleTimeout">The longest wait for the next bytes of a streamed body (ClayGen uses <see cref="ClayClientOptions.AttemptTimeout"/>).</param>
    /// <param name="timeProvider">The clock both are measured on.</param>
    public ClayTimeoutHandler(TimeSpan timeout, TimeSpan idleTimeout, TimeProvider? timeProvider = null)
    {
        _timeout = timeout;
        _idleTimeout = idleTimeout;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deadline = new CancellationTokenSource(_timeout, _time);
        var callerCancels = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), deadline)
            : default;
        var handedOver = false;
        try
        {
            var response = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
            if (ClayRequestOptions.IsStreamed(request) && response.Content is { } content)
            {
                // The deadline now bounds the body's reads, and goes away with the response.
                response.Content = new ClayStreamingContent(content, _idleTimeout, _time, request, deadline, callerCancels, cancellationToken);
                handedOver = true;
            }

            return response;
        }
        finally
        {
            if (!handedOver)
            {
                callerCancels.Dispose();
                deadline.Dispose();
            }
        }
    }
}
