namespace ClayGen;

/// <summary>
/// A response whose headers matter as much as its body (login's <c>Set-Cookie</c>). Hand-written
/// instead of generated, so it is documented like the rest of the public API.
/// </summary>
public class ClayResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    public ClayResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        StatusCode = statusCode;
        Headers = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response and content headers, as received. They may hold the session: do not log them.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
}
