namespace ClayGen;

/// <summary>
/// Clay answered 401 or 403: the <c>claysession</c> cookie is missing, expired or not allowed, or, for a client
/// with <see cref="ClayClientOptions.ApiKey"/>, the API key was refused (<see cref="ApiKeyRefused"/>).
/// </summary>
public class ClayAuthenticationException : ClayApiException
{
    internal const string Advice =
        "The claysession cookie is missing or expired: log in again (ClayClient.LoginAsync or `clay login`), " +
        "set CLAY_SESSION, or give ClayClientOptions an email and password so the client logs in again by itself.";

    internal const string ApiKeyAdvice =
        "Clay refused the API key: it is wrong, revoked, or not allowed this call. The client does not retry or log in; " +
        "check ClayClientOptions.ApiKey (CLAY_API_KEY or `clay login --api-key` for the CLI).";

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

    /// <summary>
    /// Whether the refused credential was the client's API key (<see cref="ClayClientOptions.ApiKey"/>) rather
    /// than the session cookie: nothing is retried, and logging in again would not help.
    /// </summary>
    public bool ApiKeyRefused { get; init; }
}
