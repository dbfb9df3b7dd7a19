namespace ClayGen;

/// <summary>
/// The client refused to send the session cookie, the API key or the password where they could be stolen: a
/// redirect to another origin (scheme, host or port), or a plain <c>http</c> address that is not
/// loopback without <see cref="ClayClientOptions.AllowInsecureHttp"/>. Nothing was sent there.
/// </summary>
public class ClayUnsafeDestinationException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayUnsafeDestinationException()
        : this("The Clay credentials were not sent to an unsafe destination.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayUnsafeDestinationException(string message)
        : base(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayUnsafeDestinationException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of the refused call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The call's details (the status of the redirect, or 0 when nothing was sent).</param>
    /// <param name="destination">Where the credentials would have gone (scheme, host, port and path only).</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayUnsafeDestinationException(string message, ClayErrorDetails details, Uri? destination, Exception? innerException = null)
        : base(message, details, innerException)
    {
        Destination = destination;
    }

    /// <summary>Where the credentials would have gone: scheme, host, port and path (secrets scrubbed), never the query.</summary>
    public Uri? Destination { get; }
}
