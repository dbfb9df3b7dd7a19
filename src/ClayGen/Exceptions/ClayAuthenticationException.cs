namespace ClayGen;

/// <summary>Clay answered 401 or 403: the <c>claysession</c> cookie is missing, expired or not allowed.</summary>
public class ClayAuthenticationException : ClayApiException
{
    internal const string Advice =
        "The claysession cookie is missing or expired: log in again (ClayClient.LoginAsync or `clay login`), " +
        "set CLAY_SESSION, or give ClayClientOptions an email and password so the client logs in again by itself.";

    /// <summary>Creates the exception.</summary>
    public ClayAuthenticationException()
        : this(Advice)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayAuthenticationException(string message)
        : this(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayAuthenticationException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayAuthenticationException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
