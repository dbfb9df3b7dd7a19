namespace ClayGen;

/// <summary>No usable response came back: the connection was refused, reset or broke off.</summary>
public class ClayConnectionException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayConnectionException()
        : this("The connection to Clay failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayConnectionException(string message)
        : this(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayConnectionException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayConnectionException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
