using System.Globalization;
using System.Net;
using System.Text;
using Polly.Timeout;

namespace ClayGen.Http;

/// <summary>
/// The one place a failure becomes a typed <see cref="ClayApiException"/>: a failed response by its
/// status, a transport failure (timeout, broken connection, a body that broke off) by its kind.
/// </summary>
public static class ClayErrorFactory
{
    internal const int MaxExcerptLength = 1024;
    private const int MaxBodyBytesRead = 16 * 1024;

    /// <summary>
    /// Builds the typed exception for a failed response: authentication (401/403), not found (404),
    /// validation (400/422), rate limited (429), server error (5xx), or <see cref="ClayApiException"/> otherwise.
    /// </summary>
    /// <param name="response">The failed response; its body is read (at most 16 KB).</param>
    /// <param name="operationId">The spec's operation id.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<ClayApiException> FromResponseAsync(HttpResponseMessage response, string operationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var details = DescribeResponse(response, operationId, body);
        var summary = Summarize(details, response.ReasonPhrase);

        ClayApiException exception = details.StatusCode switch
        {
            401 or 403 when ClayRequestOptions.UsesApiKey(response.RequestMessage) =>
                new ClayAuthenticationException(summary + " " + ClayAuthenticationException.ApiKeyAdvice, details) { ApiKeyRefused = true },
            401 or 403 => new ClayAuthenticationException(summary + " " + ClayAuthenticationException.Advice, details),
            404 => new ClayNotFoundException(summary, details),
            400 or 422 => new ClayValidationException(summary, details),
            429 => new ClayRateLimitedException(summary, details, ReadRetryAfter(response, TimeProvider.System)),
            >= 500 and <= 599 => new ClayServerException(summary, details),
            _ => new ClayApiException(summary, details),
        };
        return exception.ProtectWith(ClaySecrets.For(response.RequestMessage));
    }

    /// <summary>
    /// The typed exception for a transport failure of <paramref name="request"/>, or <see langword="null"/>
    /// when <paramref name="exception"/> is not one (the caller's own cancellation included).
    /// </summary>
    internal static ClayApiException? FromTransport(HttpRequestMessage? request, Exception exception, CancellationToken callerToken) =>
        Transport(request, exception, callerToken)?.ProtectWith(ClaySecrets.For(request));

    private static ClayApiException? Transport(HttpRequestMessage? request, Exception exception, CancellationToken callerToken)
    {
        switch (exception)
        {
            case ClayApiException:
                return null;
            case ClayBodyBrokeOffException broken:
                return new ClayUnexpectedResponseException(
                    string.Create(CultureInfo.InvariantCulture, $"Clay {broken.Details.OperationId ?? "request"} answered {broken.Details.StatusCode}, but the body broke off while it was read."),
                    broken.Details,
                    broken.InnerException);
            case TimeoutRejectedException:
            case OperationCanceledException when !callerToken.IsCancellationRequested:
                // Not the caller's token: the attempt or the total timeout ended the call.
                var timedOut = DescribeRequest(request);
                return new ClayTimeoutException(
                    $"Clay {Name(timedOut)} timed out after {ClayRequestOptions.GetAttempt(request)} attempt(s).",
                    timedOut,
                    exception);
            case HttpRequestException:
                var broke = DescribeRequest(request);
                return new ClayConnectionException($"Clay {Name(broke)} got no usable response: {exception.Message}", broke, exception);
            default:
                return null;
        }
    }

    internal static string Name(ClayErrorDetails details) => $"{details.OperationId ?? "request"} ({details.Method} {details.RequestPath})";

    internal static ClayErrorDetails DescribeResponse(HttpResponseMessage response, string? operationId, string? body)
    {
        var request = response.RequestMessage;

        // Secrets are scrubbed before the excerpt and the message are cut short, so no part of one survives the cut.
        var secrets = ClaySecrets.For(request);
        return secrets.Redact(new ClayErrorDetails
        {
            StatusCode = (int)response.StatusCode,
            OperationId = operationId ?? ClayRequestOptions.GetOperationId(request),
            Method = request?.Method.Method,
            RequestPath = PathOf(request),
            ResponseExcerpt = Excerpt(body, secrets),
            ClayMessage = ClayErrorBody.TryReadMessage(body, secrets),
            RequestId = ClayHeaderAllowList.RequestId(response),
            Headers = ClayHeaderAllowList.Snapshot(response),
        });
    }

    internal static ClayErrorDetails DescribeRequest(HttpRequestMessage? request) => ClaySecrets.For(request).Redact(new ClayErrorDetails
    {
        OperationId = ClayRequestOptions.GetOperationId(request),
        Method = request?.Method.Method,
        RequestPath = PathOf(request),
    });

    internal static string Summarize(ClayErrorDetails details, string? reason)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Clay {Name(details)} failed with {details.StatusCode}");
        var phrase = reason ?? (Enum.IsDefined(typeof(HttpStatusCode), details.StatusCode) ? ((HttpStatusCode)details.StatusCode).ToString() : null);
        if (!string.IsNullOrEmpty(phrase))
        {
            text.Append(' ').Append(phrase);
        }

        text.Append('.');
        if (!string.IsNullOrWhiteSpace(details.ClayMessage))
        {
            text.Append(" Clay said: ").Append(details.ClayMessage);
            if (!details.ClayMessage.EndsWith('.'))
            {
                text.Append('.');
            }
        }

        if (details.RequestId is not null)
        {
            text.Append(" Request id: ").Append(details.RequestId).Append('.');
        }

        return text.ToString();
    }

    internal static string? PathOf(HttpRequestMessage? request)
    {
        var uri = request?.RequestUri;
        if (uri is null)
        {
            return null;
        }

        return uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?', 2)[0];
    }

    internal static string? Excerpt(string? body, ClaySecrets? secrets = null)
    {
        if (string.IsNullOrEmpty(body))
        {
            return body;
        }

        var redacted = (secrets ?? ClaySecrets.Current).Redact(body);
        return redacted.Length <= MaxExcerptLength ? redacted : string.Concat(redacted.AsSpan(0, MaxExcerptLength), "…");
    }

    /// <summary>
    /// The wait Clay asked for in <c>Retry-After</c>: a number of seconds, or a date measured on
    /// <paramref name="time"/>. A date already past asks for no particular wait, so it counts as none.
    /// </summary>
    internal static TimeSpan? ReadRetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : null;
        }

        return null;
    }

    private static async Task<string?> ReadBoundedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[MaxBodyBytesRead];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                return Encoding.UTF8.GetString(buffer, 0, total);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The status already says what failed; a body that breaks off adds nothing worth failing over.
            return null;
        }
    }
}
