using System.Diagnostics.CodeAnalysis;
using ClayGen.Http;

namespace ClayGen;

/// <summary>
/// A Clay session: the value of the <c>claysession</c> cookie, sent exactly as Clay issued it
/// (usually URL-encoded, <c>s%3A...</c>). Its <see cref="ToString"/> never shows the value.
/// </summary>
[System.ComponentModel.TypeConverter(typeof(ClaySessionConverter))]
public sealed class ClaySession : IEquatable<ClaySession>
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "claysession";

    /// <summary>The environment variable <see cref="FromEnvironment"/> reads.</summary>
    public const string EnvironmentVariable = "CLAY_SESSION";

    private ClaySession(string cookieValue) => CookieValue = cookieValue;

    /// <summary>The cookie value. It is a secret: store it like a password.</summary>
    public string CookieValue { get; }

    /// <summary>The <c>Cookie</c> header value that carries this session.</summary>
    public string ToCookieHeader() => CookieName + "=" + CookieValue;

    /// <summary>
    /// Reads a session from a raw cookie value (<c>s%3A...</c>), a <c>claysession=...</c> pair, a whole
    /// <c>Cookie</c> header or a <c>Set-Cookie</c> header.
    /// </summary>
    /// <param name="cookie">The text holding the session.</param>
    /// <exception cref="ArgumentException">The text holds no usable session.</exception>
    public static ClaySession FromCookie(string cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        if (string.IsNullOrWhiteSpace(cookie))
        {
            throw new ArgumentException("The session cookie must not be empty.", nameof(cookie));
        }

        var text = cookie.Trim();
        if (text.Contains('=', StringComparison.Ordinal))
        {
            return TryParseCookiePairs(text, out var session)
                ? session
                : throw new ArgumentException($"The text has no '{CookieName}' cookie.", nameof(cookie));
        }

        return IsValidValue(text)
            ? new ClaySession(text)
            : throw new ArgumentException("The session cookie value must not contain whitespace, ';', ',' or control characters.", nameof(cookie));
    }

    /// <summary>Reads the session from the <c>CLAY_SESSION</c> environment variable, if it is set.</summary>
    public static ClaySession? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(value) ? null : FromCookie(value);
    }

    /// <summary>Reads the session out of one <c>Set-Cookie</c> header value.</summary>
    /// <param name="setCookie">e.g. <c>claysession=s%3Aabc.def; Path=/; HttpOnly; Secure; SameSite=None</c>.</param>
    /// <param name="session">The session, when the header sets <c>claysession</c>.</param>
    public static bool TryParseSetCookie(string? setCookie, [NotNullWhen(true)] out ClaySession? session)
    {
        session = null;
        if (string.IsNullOrWhiteSpace(setCookie))
        {
            return false;
        }

        // Only the first pair is the cookie; the rest are its attributes (Path, Expires, ...).
        var pair = setCookie.Split(';', 2)[0].Trim();
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || !pair[..equals].Trim().Equals(CookieName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = pair[(equals + 1)..].Trim().Trim('"');
        if (!IsValidValue(value))
        {
            return false;
        }

        session = new ClaySession(value);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(ClaySession? other) => other is not null && string.Equals(CookieValue, other.CookieValue, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClaySession);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CookieValue);

    /// <summary>A description that never contains the cookie value.</summary>
    public override string ToString() => $"ClaySession({ClayRedactor.Mask})";

    private static bool TryParseCookiePairs(string text, [NotNullWhen(true)] out ClaySession? session)
    {
        if (TryParseSetCookie(text, out session))
        {
            return true;
        }

        // A Cookie header: several name=value pairs.
        foreach (var part in text.Split(';'))
        {
            if (TryParseSetCookie(part, out session))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidValue(string value) =>
        value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ';' or ',');
}
