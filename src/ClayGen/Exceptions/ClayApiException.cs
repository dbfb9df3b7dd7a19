using ClayGen.Http;

namespace ClayGen;

/// <summary>
/// A Clay API call failed. Catch a subclass to react to one kind of failure; every message and
/// property is free of the session cookie, the API key and the password. <see cref="ClayErrorFactory"/> decides
/// which subclass a failure becomes.
/// </summary>
public class ClayApiException : Exception
{
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
}
