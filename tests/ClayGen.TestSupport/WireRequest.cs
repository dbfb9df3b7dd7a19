namespace ClayGen.TestSupport;

/// <summary>One request as it arrived on the wire: request line and headers, and the body.</summary>
/// <param name="Head">The request line and headers, without the blank line that ends them.</param>
/// <param name="Body">The body as UTF-8 text.</param>
public sealed record WireRequest(string Head, string Body)
{
    /// <summary>The request target: the path and query as sent.</summary>
    public string Target => Head.Split(' ', 3)[1];

    /// <summary>The value of header <paramref name="name"/>, or null.</summary>
    public string? Header(string name) => Head.Split("\r\n")
        .Skip(1)
        .Select(line => line.Split(':', 2))
        .Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
        .Select(p => p[1].Trim())
        .FirstOrDefault();
}
