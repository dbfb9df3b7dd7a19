using Polly;
using Polly.Timeout;

namespace ClayGen.Http;

/// <summary>
/// Sends the attempts of one call. Each attempt is bounded by <see cref="ClayClientOptions.AttemptTimeout"/>
/// and, unless the operation streams, reads its whole body inside that bound, so a body that breaks off
/// is retried like a broken connection. The first attempt runs without the retry machinery; only an
/// outcome that may deserve a retry enters the Polly pipeline (backoff with jitter, <c>Retry-After</c>).
/// </summary>
public sealed class ClayRetryHandler : DelegatingHandler
{
    private readonly TimeSpan _attemptTimeout;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage>? _idempotentRetries;
    private readonly ResiliencePipeline<HttpResponseMessage>? _unsafeRetries;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The attempt timeout, clock and retry limits.</param>
    public ClayRetryHandler(ClayClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _attemptTimeout = options.AttemptTimeout;
        _time = options.TimeProvider;
        _idempotentRetries = ClayResilience.BuildRetries(options, idempotent: true);
        _unsafeRetries = ClayResilience.BuildRetries(options, idempotent: false);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Outcome<HttpResponseMessage> first;
        try
        {
            first = Outcome.FromResult(await SendAttemptAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            first = Outcome.FromException<HttpResponseMessage>(ex);
        }

        var retries = ClayOperations.IsIdempotent(request) ? _idempotentRetries : _unsafeRetries;
        if (retries is null || !ClayResilience.MayRetry(first))
        {
            first.ThrowIfException();
            return first.Result!;
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var outcome = await retries.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    // The pipeline's first "attempt" is the one already made: its outcome decides the first retry.
                    if (state.TakeFirst() is { } made)
                    {
                        return made;
                    }

                    try
                    {
                        return Outcome.FromResult(await state.Handler.SendAttemptAsync(state.Request, context.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                new RetryState(this, request, first)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken callToken)
    {
        ClayRequestOptions.NextAttempt(request);
        using var attempt = new CancellationTokenSource(_attemptTimeout, _time);
        using var callEnds = callToken.CanBeCanceled
            ? callToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), attempt)
            : default;
        try
        {
            var response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
            if (response.Content is { } content && !ClayRequestOptions.IsStreamed(request))
            {
                await BufferAsync(response, content, attempt.Token).ConfigureAwait(false);
            }

            return response;
        }
        catch (OperationCanceledException ex) when (attempt.IsCancellationRequested && !callToken.IsCancellationRequested)
        {
            throw new TimeoutRejectedException("The attempt timed out.", _attemptTimeout, ex);
        }
    }

    private static async Task BufferAsync(HttpResponseMessage response, HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            var details = ClayErrorFactory.DescribeResponse(response, null, null);
            response.Dispose();
            throw new ClayBodyBrokeOffException(details, ex);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private sealed class RetryState(ClayRetryHandler handler, HttpRequestMessage request, Outcome<HttpResponseMessage> first)
    {
        private Outcome<HttpResponseMessage>? _first = first;

        public ClayRetryHandler Handler { get; } = handler;

        public HttpRequestMessage Request { get; } = request;

        public Outcome<HttpResponseMessage>? TakeFirst()
        {
            var made = _first;
            _first = null;
            return made;
        }
    }
}
