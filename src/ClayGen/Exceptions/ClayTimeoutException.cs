namespace ClayGen;

/// <summary>The call did not complete within the configured timeout. Distinct from cancellation by the caller, which raises <see cref="OperationCanceledException"/>.</summary>
public class ClayTimeoutException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayTimeoutException()
        : this("The Clay call timed out.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayTimeoutException(string message)
        : this(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayTimeoutException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayTimeoutException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
