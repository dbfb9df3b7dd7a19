namespace ClayGen;

/// <summary>A response with its headers and its deserialised body.</summary>
/// <typeparam name="TResult">The body's model.</typeparam>
public class ClayResponse<TResult> : ClayResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="result">The deserialised body.</param>
    public ClayResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result)
        : base(statusCode, headers)
    {
        Result = result;
    }

    /// <summary>The deserialised body.</summary>
    public TResult Result { get; }
}
