using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace ClayGen.Http;

/// <summary>
/// The retry rules: idempotent operations are retried on any transient failure; writes that create or
/// spend only when Clay certainly did not act (a refused connection, a 429).
/// </summary>
internal static class ClayResilience
{
    /// <summary>The retry pipeline for one kind of operation, or <see langword="null"/> when retries are off.</summary>
    public static ResiliencePipeline<HttpResponseMessage>? BuildRetries(ClayClientOptions options, bool idempotent)
    {
        if (options.MaxRetries == 0)
        {
            return null;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }
            .AddRetry(new HttpRetryStrategyOptions
            {
                Name = idempotent ? "ClayRetryIdempotent" : "ClayRetryUnsafe",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,

                // Our own Retry-After reading, on the configured clock (the built-in one reads the system clock).
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(ClayErrorFactory.ReadRetryAfter(args.Outcome.Result, options.TimeProvider)),
                ShouldHandle = args => WithinMaxDelay(args, options, idempotent ? ShouldRetryIdempotent(args) : ShouldRetryUnsafe(args)),
            })
            .Build();
    }

    /// <summary>
    /// Whether an outcome can be worth a retry at all; cheap, so a first attempt that succeeded or failed
    /// for good never enters the retry pipeline.
    /// </summary>
    public static bool MayRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not null || outcome.Result is { } response && IsTransientStatus(response.StatusCode);

    internal static bool ShouldRetryIdempotent(RetryPredicateArguments<HttpResponseMessage> args) =>
        !args.Context.CancellationToken.IsCancellationRequested &&
        (IsConnectionRefused(args.Outcome.Exception) || HttpClientResiliencePredicates.IsTransient(args.Outcome));

    // A write may already have been applied when the connection broke, the attempt timed out or Clay
    // answered 5xx; only a refused connection or a 429 prove it was not.
    internal static bool ShouldRetryUnsafe(RetryPredicateArguments<HttpResponseMessage> args) =>
        !args.Context.CancellationToken.IsCancellationRequested &&
        (IsConnectionRefused(args.Outcome.Exception) || args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests);

    internal static bool IsConnectionRefused(Exception? exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };

    private static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    // Waiting less than Retry-After would not honour it, and waiting longer than RetryMaxDelay would hang
    // the caller: such a response is not retried, the caller gets it with ClayRateLimitedException.RetryAfter.
    private static ValueTask<bool> WithinMaxDelay(RetryPredicateArguments<HttpResponseMessage> args, ClayClientOptions options, bool retry) =>
        ValueTask.FromResult(retry && !(ClayErrorFactory.ReadRetryAfter(args.Outcome.Result, options.TimeProvider) > options.RetryMaxDelay));
}
