using Microsoft.Extensions.Logging;

namespace ClayGen.Http;

/// <summary>
/// Logs one line per HTTP request sent: operation, method, path (never the query), status, duration
/// and attempt number (a retry or a replay after re-login is the next attempt). Header values are
/// logged only when on <see cref="ClayHeaderAllowList"/>; bodies never.
/// </summary>
public sealed partial class ClayLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler, timing requests with the system clock.</summary>
    /// <param name="logger">The logger.</param>
    public ClayLoggingHandler(ILogger logger)
        : this(logger, TimeProvider.System)
    {
    }

    /// <summary>Creates the handler.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="timeProvider">The clock that times each request (the client's, so a test's fake clock sets the logged duration).</param>
    public ClayLoggingHandler(ILogger logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _logger = logger;
        _time = timeProvider;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Nothing to time or format when no line would be written.
        return _logger.IsEnabled(LogLevel.Information) || _logger.IsEnabled(LogLevel.Warning)
            ? SendLoggedAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Counted by ClayRetryHandler; a request sent without it (a bare pipeline) is its first attempt.
        var attempt = Math.Max(1, ClayRequestOptions.GetAttempt(request));
        var operation = ClayRequestOptions.GetOperationId(request) ?? "request";
        var path = ClaySecrets.For(request).Redact(ClayErrorFactory.PathOf(request) ?? string.Empty);
        var started = _time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
            LogResponse(operation, request.Method.Method, path, (int)response.StatusCode, elapsed, attempt);
            if (_logger.IsEnabled(LogLevel.Trace))
            {
                var secrets = ClaySecrets.For(request);
                LogHeaders(operation, attempt, secrets.Redact(Describe(request.Headers)), secrets.Redact(Describe(response.Headers)));
            }

            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller's cancellation and the attempt timeout look alike here; the request was sent either way.
            LogCancelled(operation, request.Method.Method, path, _time.GetElapsedTime(started).TotalMilliseconds, attempt);
            throw;
        }
        catch (Exception ex)
        {
            var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
            LogFailure(operation, request.Method.Method, path, ex.GetType().Name, elapsed, attempt);
            throw;
        }
    }

    internal static string Describe(System.Net.Http.Headers.HttpHeaders headers) =>
        string.Join("; ", headers.Select(h => h.Key + ": " + (ClayHeaderAllowList.IsAllowed(h.Key) ? string.Join(",", h.Value) : ClayRedactor.Mask)));

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Clay {Operation} {Method} {Path} -> {Status} in {ElapsedMs:0.0} ms (attempt {Attempt})")]
    private partial void LogResponse(string operation, string method, string path, int status, double elapsedMs, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Clay {Operation} {Method} {Path} failed with {Error} after {ElapsedMs:0.0} ms (attempt {Attempt})")]
    private partial void LogFailure(string operation, string method, string path, string error, double elapsedMs, int attempt);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Clay {Operation} {Method} {Path} cancelled or timed out after {ElapsedMs:0.0} ms (attempt {Attempt})")]
    private partial void LogCancelled(string operation, string method, string path, double elapsedMs, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Trace, Message = "Clay {Operation} attempt {Attempt} request headers: {RequestHeaders}; response headers: {ResponseHeaders}")]
    private partial void LogHeaders(string operation, int attempt, string requestHeaders, string responseHeaders);
}
