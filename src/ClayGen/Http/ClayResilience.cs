using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ClayGen.Http;

/// <summary>
/// The retry and timeout pipelines: one for idempotent operations (retried on any transient
/// failure) and one for writes that create or spend (retried only when Clay certainly did not act).
/// </summary>
public static class ClayResilience
{
    /// <summary>Builds the per-request pipeline selector used by <see cref="ResilienceHandler"/>.</summary>
    /// <param name="options">The client options with the limits.</param>
    public static Func<HttpRequestMessage, ResiliencePipeline<HttpResponseMessage>> CreatePipelineSelector(ClayClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var idempotent = Build(options, args => WithinMaxDelay(args, options, ShouldRetryIdempotent(args)));
        var unsafeWrites = Build(options, args => WithinMaxDelay(args, options, ShouldRetryUnsafe(args)));
        return request => ClayOperations.IsIdempotent(request) ? idempotent : unsafeWrites;
    }

    /// <summary>Creates the handler that applies the pipelines.</summary>
    /// <param name="options">The client options with the limits.</param>
    public static DelegatingHandler CreateHandler(ClayClientOptions options) => new ResilienceHandler(CreatePipelineSelector(options));

    internal static ValueTask<bool> ShouldRetryIdempotent(RetryPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(
            !args.Context.CancellationToken.IsCancellationRequested &&
            (IsConnectionRefused(args.Outcome.Exception) || HttpClientResiliencePredicates.IsTransient(args.Outcome)));

    // A write may already have been applied when the connection broke or Clay answered 5xx; only a
    // refused connection or a 429 prove it was not.
    internal static ValueTask<bool> ShouldRetryUnsafe(RetryPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(
            !args.Context.CancellationToken.IsCancellationRequested &&
            (IsConnectionRefused(args.Outcome.Exception) || args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests));

    /// <summary>
    /// The wait Clay asked for in <c>Retry-After</c>, if any. Waiting less would not honour it, and
    /// waiting longer than <see cref="ClayClientOptions.RetryMaxDelay"/> would hang the caller, so
    /// such a response is not retried: the caller gets it, with <see cref="ClayRateLimitedException.RetryAfter"/>.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static ValueTask<bool> WithinMaxDelay(RetryPredicateArguments<HttpResponseMessage> args, ClayClientOptions options, ValueTask<bool> retry) =>
        retry.IsCompletedSuccessfully && retry.Result && RetryAfter(args.Outcome.Result, options.TimeProvider) > options.RetryMaxDelay
            ? ValueTask.FromResult(false)
            : retry;

    internal static bool IsConnectionRefused(Exception? exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };

    private static ResiliencePipeline<HttpResponseMessage> Build(
        ClayClientOptions options,
        Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> shouldRetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout, Name = "ClayTotalTimeout" });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "ClayRetry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                // Our own Retry-After reading, on the configured clock (the built-in one reads the system clock).
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.TimeProvider)),
                ShouldHandle = shouldRetry,
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "ClayAttemptTimeout" });
        return builder.Build();
    }
}
