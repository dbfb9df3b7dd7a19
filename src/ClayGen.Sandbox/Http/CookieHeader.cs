namespace ClayGen.Sandbox.Http;

/// <summary>Reads one cookie out of <c>Cookie</c> request headers.</summary>
internal static class CookieHeader
{
    public static string? Find(IDictionary<string, WireMock.Types.WireMockList<string>>? headers, string cookieName)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var (name, values) in headers)
        {
            if (!string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var header in values)
            {
                foreach (var cookie in header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var equals = cookie.IndexOf('=', StringComparison.Ordinal);
                    if (equals > 0 && string.Equals(cookie[..equals].Trim(), cookieName, StringComparison.Ordinal))
                    {
                        return cookie[(equals + 1)..].Trim().Trim('"');
                    }
                }
            }
        }

        return null;
    }
}
