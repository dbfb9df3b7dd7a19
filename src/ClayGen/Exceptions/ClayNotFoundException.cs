namespace ClayGen;

/// <summary>Clay answered 404: the route or the record does not exist (Clay's body usually says <c>NoMatchingURL</c>).</summary>
public class ClayNotFoundException : ClayApiException
{
    /// <summary>Creates the exception.</summary>
    public ClayNotFoundException()
        : this("The Clay resource was not found.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClayNotFoundException(string message)
        : this(message, new ClayErrorDetails())
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClayNotFoundException(string message, Exception? innerException)
        : base(message, new ClayErrorDetails(), innerException)
    {
    }

    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The failure's details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ClayNotFoundException(string message, ClayErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
