using ClayGen.Http;

namespace ClayGen;

/// <summary>
/// A Clay API call failed. Catch a subclass to react to one kind of failure; every message and
/// property is free of the session cookie and the password. <see cref="ClayErrorFactory"/> decides
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
        : base(ClayRedactor.Redact(message), innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
    }

    /// <summary>Everything known about the failure.</summary>
    public ClayErrorDetails Details { get; }

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
}
