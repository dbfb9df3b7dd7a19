namespace ClayGen;

/// <summary>Clay answered with success, but the body is not the JSON the spec promises (an HTML page, an empty or truncated body, a wrong shape).</summary>
public class ClayUnexpectedResponseException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayUnexpectedResponseException()
        : this("Clay returned a response that could not be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayUnexpectedResponseException(string message)
        : this(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayUnexpectedResponseException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayUnexpectedResponseException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
