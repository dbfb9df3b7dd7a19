namespace ClayGen;

/// <summary>Clay answered with a 5xx status: a failure on Clay's side, retried for reads and idempotent deletes.</summary>
public class ClayServerException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayServerException()
        : this("Clay failed to handle the request.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayServerException(string message)
        : this(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayServerException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayServerException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
