using System.Globalization;

namespace ClayGen;

/// <summary>Clay answered 429: too many requests. <see cref="RetryAfter"/> says how long Clay asked to wait.</summary>
public class ClayRateLimitedException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayRateLimitedException()
        : this("Clay rate-limited the request.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayRateLimitedException(string message)
        : this(message, new ClayErrorDetails(), null)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayRateLimitedException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="retryAfter">The delay Clay asked for, if it sent <c>Retry-After</c>.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayRateLimitedException(string message, ClayErrorDetails details, TimeSpan? retryAfter, Exception? innerException = null)
        : base(retryAfter is { } delay ? string.Create(CultureInfo.InvariantCulture, $"{message} Retry after {delay.TotalSeconds:0.###} s.") : message, details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The delay Clay asked for in <c>Retry-After</c>, if it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
