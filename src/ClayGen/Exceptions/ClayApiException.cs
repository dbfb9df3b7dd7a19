using System.Globalization;
using System.Net;
using System.Text;
using ClayGen.Http;

namespace ClayGen;

/// <summary>
/// A Clay API call failed. Catch a subclass to react to one kind of failure; every message and
/// property is free of the session cookie and the password.
/// </summary>
public class ClayApiException : Exception
{
    internal const int MaxExcerptLength = 1024;
    private const int MaxBodyBytesRead = 16 * 1024;

    /// <summary>Creates an exception with a default message.</summary>
    public ClayApiException()
        : this("A Clay API call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayApiException(string message)
        : this(message, (Exception?)null)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayApiException(string message, Exception? innerException)
        : this(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates an exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">What is known about the failure.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayApiException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(ClaySecrets.Current.Redact(message), innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        _secrets = ClaySecrets.Current;
        _details = _secrets.Redact(details);
    }

    // The secrets of the client that made the call, by value; more may be added as the exception
    // travels out through the client (ProtectWith), so every read below scrubs with all of them.
    private ClaySecrets _secrets;
    private ClayErrorDetails _details;

    /// <summary>Everything known about the failure.</summary>
    public ClayErrorDetails Details => _details;

    /// <inheritdoc />
    public override string Message => _secrets.Redact(base.Message);

    /// <inheritdoc />
    public override System.Collections.IDictionary Data
    {
        get
        {
            var data = base.Data;
            _secrets.RedactInPlace(data);
            return data;
        }
    }

    /// <inheritdoc />
    public override string ToString() => _secrets.Redact(base.ToString());

    /// <summary>The HTTP status code, or 0 when no response was received.</summary>
    public int StatusCode => Details.StatusCode;

    /// <summary>The spec's operation id of the failed call.</summary>
    public string? OperationId => Details.OperationId;

    /// <summary>The HTTP method of the failed call.</summary>
    public string? Method => Details.Method;

    /// <summary>The request path, without its query string.</summary>
    public string? RequestPath => Details.RequestPath;

    /// <summary>A bounded, redacted excerpt of the response body.</summary>
    public string? ResponseExcerpt => Details.ResponseExcerpt;

    /// <summary>Clay's own error message, when the body carried one.</summary>
    public string? ClayMessage => Details.ClayMessage;

    /// <summary>The request id header of the response, if any.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>The response headers (values outside the allow-list are redacted).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => Details.Headers;

    /// <summary>
    /// Builds the typed exception for a failed response: authentication (401/403), not found (404),
    /// validation (400/422), rate limited (429), server error (5xx), or this base type otherwise.
    /// </summary>
    /// <param name="response">The failed response; its body is read (at most 16 KB).</param>
    /// <param name="operationId">The spec's operation id.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<ClayApiException> FromResponseAsync(HttpResponseMessage response, string operationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var details = DescribeResponse(response, operationId, body);
        var status = details.StatusCode;
        var summary = Summarize(details, response.ReasonPhrase);

        ClayApiException exception = status switch
        {
            401 or 403 => new ClayAuthenticationException(summary + " " + ClayAuthenticationException.Advice, details),
            404 => new ClayNotFoundException(summary, details),
            400 or 422 => new ClayValidationException(summary, details),
            429 => new ClayRateLimitedException(summary, details, ClayRateLimitedException.ReadRetryAfter(response)),
            >= 500 and <= 599 => new ClayServerException(summary, details),
            _ => new ClayApiException(summary, details),
        };
        return exception.ProtectWith(ClaySecrets.For(response.RequestMessage));
    }

    /// <summary>Adds the secrets of the client that made the call, here and on every Clay exception inside.</summary>
    internal ClayApiException ProtectWith(ClaySecrets secrets)
    {
        for (Exception? ex = this; ex is not null; ex = ex.InnerException)
        {
            if (ex is ClayApiException clay && !secrets.IsEmpty)
            {
                clay._secrets = clay._secrets.Union(secrets);
                clay._details = clay._secrets.Redact(clay._details);
            }
        }

        return this;
    }

    internal static ClayErrorDetails DescribeResponse(HttpResponseMessage response, string? operationId, string? body)
    {
        var request = response.RequestMessage;
        var headers = ClayHeaderAllowList.Snapshot(response);

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
            Headers = headers,
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
        text.Append(CultureInfo.InvariantCulture, $"Clay {details.OperationId ?? "request"} ({details.Method} {details.RequestPath}) failed with {details.StatusCode}");
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
