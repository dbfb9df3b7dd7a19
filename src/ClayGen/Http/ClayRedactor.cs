using System.Text.RegularExpressions;

namespace ClayGen.Http;

/// <summary>Removes session cookies, API keys and passwords from text that may reach a log or an exception.</summary>
internal static partial class ClayRedactor
{
    public const string Mask = "[redacted]";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = SessionCookie().Replace(text, "claysession=" + Mask);
        text = SignedSession().Replace(text, Mask);
        text = SecretJsonField().Replace(text, m => m.Groups["key"].Value + "\"" + Mask + "\"");
        return text;
    }

    [GeneratedRegex(@"claysession=[^;\s,""']*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SessionCookie();

    // express-signed session ids, raw (s:sid.sig) or URL-encoded (s%3Asid.sig)
    [GeneratedRegex(@"\bs(?::|%3A)[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9+/=_%\-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SignedSession();

    [GeneratedRegex(@"(?<key>""(?:password|session|claysession|apiKey|api_key|token|authorization)""\s*:\s*)""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SecretJsonField();
}
