namespace ClayGen;

/// <summary>Clay answered 400 or 422: the request was invalid; <see cref="ClayApiException.ClayMessage"/> holds Clay's reason (e.g. <c>fieldIds - Required</c>).</summary>
public class ClayValidationException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayValidationException()
        : this("Clay rejected the request as invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayValidationException(string message)
        : this(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayValidationException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayValidationException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
