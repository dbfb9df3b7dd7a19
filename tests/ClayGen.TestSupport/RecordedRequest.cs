namespace ClayGen.TestSupport;

/// <summary>What the client sent, as <see cref="RecordingHandler"/> saw it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Uri">The request URI.</param>
/// <param name="Headers">The request headers (not the content headers), values joined by commas.</param>
/// <param name="Body">The body as text, or null without content.</param>
/// <param name="ContentType">The media type of the body, or null.</param>
/// <param name="OperationId">The spec operation the request belongs to, or null for a raw request.</param>
/// <param name="Idempotent">Whether the client may retry the request.</param>
public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType, string? OperationId, bool Idempotent = false)
{
    /// <summary>The path and query exactly as sent (brackets and trailing slashes included).</summary>
    public string PathAndQuery => Uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);

    /// <summary>The <c>Cookie</c> header, or null.</summary>
    public string? Cookie => Headers.TryGetValue("Cookie", out var cookie) ? cookie : null;
}
