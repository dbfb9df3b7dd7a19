namespace ClayGen;

/// <summary>What is known about a failed Clay call; every value is already free of secrets.</summary>
public sealed record ClayErrorDetails
{
    /// <summary>The HTTP status code, or 0 when no response was received.</summary>
    public int StatusCode { get; init; }

    /// <summary>The spec's operation id (e.g. <c>countRows</c>).</summary>
    public string? OperationId { get; init; }

    /// <summary>The HTTP method.</summary>
    public string? Method { get; init; }

    /// <summary>The request path, without its query string.</summary>
    public string? RequestPath { get; init; }

    /// <summary>A bounded, redacted excerpt of the response body.</summary>
    public string? ResponseExcerpt { get; init; }

    /// <summary>The message Clay put in the body (<c>message</c> or <c>error</c>), if any.</summary>
    public string? ClayMessage { get; init; }

    /// <summary>A request id header of the response, if Clay sent one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The response headers; values of headers outside the logging allow-list are redacted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
}
