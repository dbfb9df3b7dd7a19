using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ClayGen.Http;

/// <summary>
/// The secret values one client holds (session cookie, API key, password, email), in every form the client
/// sends them or a server might echo them: raw, URL-encoded, percent-decoded, JSON-escaped and
/// HTML-encoded. <see cref="Redact(string?)"/> scrubs them by value, whatever their length, before
/// the pattern-based <see cref="ClayRedactor"/> runs; an email is masked (<c>s***@example.com</c>).
/// </summary>
/// <remarks>
/// Values shorter than <see cref="WholeWordBelow"/> characters are scrubbed only where they stand as
/// a word of their own (not inside a longer run of letters and digits): a 3-character session id is
/// still caught in <c>"session abc expired"</c>, without turning every "table" into "t[redacted]le".
/// </remarks>
internal sealed partial class ClaySecrets
{
    public const int WholeWordBelow = 6;

    private static readonly AsyncLocal<ClaySecrets?> Ambient = new();
    private static readonly HttpRequestOptionsKey<ClaySecrets> RequestKey = new("ClayGen.Secrets");

    private readonly Needle[] _needles;

    private ClaySecrets(IEnumerable<Needle> needles) =>
        _needles = [.. needles.DistinctBy(n => n.Text, StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Text.Length)];

    public static ClaySecrets Empty { get; } = new([]);

    /// <summary>The secrets of the login or call running on this async flow, if any.</summary>
    public static ClaySecrets Current => Ambient.Value ?? Empty;

    public bool IsEmpty => _needles.Length == 0;

    public static ClaySecrets Of(ClaySession? session = null, string? email = null, string? password = null, string? apiKey = null)
    {
        var needles = new List<Needle>();
        if (!string.IsNullOrEmpty(apiKey))
        {
            AddSecret(needles, apiKey, ClayRedactor.Mask);
        }

        if (session is not null)
        {
            AddSecret(needles, session.CookieValue, ClayRedactor.Mask);

            // An express-signed id (s:sid.sig) is echoed in parts too: "session <sid> expired".
            var decoded = Uri.UnescapeDataString(session.CookieValue);
            if (SignedCookie().Match(decoded) is { Success: true } signed)
            {
                AddSecret(needles, signed.Groups["sid"].Value, ClayRedactor.Mask);
                AddSecret(needles, signed.Groups["sig"].Value, ClayRedactor.Mask);
            }
        }

        if (!string.IsNullOrEmpty(password))
        {
            AddSecret(needles, password, ClayRedactor.Mask);
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            AddSecret(needles, email.Trim(), MaskEmail(email.Trim()));
        }

        return needles.Count == 0 ? Empty : new ClaySecrets(needles);
    }

    /// <summary><c>sam@example.com</c> becomes <c>s***@example.com</c>; text without an <c>@</c> becomes <c>***</c>.</summary>
    public static string MaskEmail(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at));
    }

    /// <summary>Makes <paramref name="secrets"/> known to every exception created on this async flow until disposed.</summary>
    public static IDisposable Use(ClaySecrets secrets)
    {
        var previous = Ambient.Value;
        Ambient.Value = previous is null ? secrets : previous.Union(secrets);
        return new Restore(previous);
    }

    /// <summary>Attaches the secrets to a request, so exceptions built from it (or its response) scrub them.</summary>
    public static void Attach(HttpRequestMessage request, ClaySecrets secrets)
    {
        // The generated clients' requests carry them in a field: no options dictionary on the fast path.
        if (request is ClayRequestMessage message)
        {
            message.Secrets = message.Secrets is null ? secrets : message.Secrets.Union(secrets);
            return;
        }

        request.Options.Set(RequestKey, For(request).Union(secrets));
    }

    /// <summary>The secrets attached to <paramref name="request"/>, plus those of the current async flow.</summary>
    public static ClaySecrets For(HttpRequestMessage? request) => request switch
    {
        ClayRequestMessage { Secrets: { } carried } => carried.Union(Current),
        ClayRequestMessage => Current,
        not null when request.Options.TryGetValue(RequestKey, out var attached) => attached.Union(Current),
        _ => Current,
    };

    public ClaySecrets Union(ClaySecrets other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other))
        {
            return this;
        }

        return IsEmpty ? other : new ClaySecrets(_needles.Concat(other._needles));
    }

    /// <summary>Scrubs every known secret by value, then the pattern-based ones (cookies, secret JSON fields).</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        foreach (var needle in _needles)
        {
            text = needle.ReplaceIn(text);
        }

        return ClayRedactor.Redact(text);
    }

    public ClayErrorDetails Redact(ClayErrorDetails details) => details with
    {
        RequestPath = RedactOptional(details.RequestPath),
        ResponseExcerpt = RedactOptional(details.ResponseExcerpt),
        ClayMessage = RedactOptional(details.ClayMessage),
        RequestId = RedactOptional(details.RequestId),
        Headers = details.Headers.ToDictionary(
            h => h.Key,
            h => (IReadOnlyList<string>)h.Value.Select(Redact).ToArray(),
            StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>Scrubs the string values of an exception's <see cref="Exception.Data"/> in place.</summary>
    public void RedactInPlace(IDictionary data)
    {
        foreach (var key in data.Keys.Cast<object>().ToList())
        {
            if (data[key] is string value)
            {
                data[key] = Redact(value);
            }
        }
    }

    private string? RedactOptional(string? text) => text is null ? null : Redact(text);

    private static void AddSecret(List<Needle> needles, string value, string replacement)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        // Each form the value travels in (the cookie goes URL-encoded, JSON bodies escape, forms use '+')
        // and each form a server may echo it back in (decoded, JSON, HTML).
        var decoded = Uri.UnescapeDataString(value);
        foreach (var form in new[] { value, decoded })
        {
            foreach (var variant in new[]
            {
                form,
                Uri.EscapeDataString(form),
                WebUtility.UrlEncode(form),
                Newtonsoft.Json.JsonConvert.ToString(form)[1..^1],
                WebUtility.HtmlEncode(form),
            })
            {
                if (!string.IsNullOrEmpty(variant))
                {
                    needles.Add(new Needle(variant, replacement));
                }
            }
        }
    }

    [GeneratedRegex(@"^s:(?<sid>[^.]+)\.(?<sig>.+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SignedCookie();

    private sealed record Needle(string Text, string Replacement)
    {
        private bool WholeWord => Text.Length < WholeWordBelow;

        public string ReplaceIn(string text)
        {
            var at = text.IndexOf(Text, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return text;
            }

            var result = new StringBuilder(text.Length);
            var from = 0;
            while (at >= 0)
            {
                var end = at + Text.Length;
                if (!WholeWord || (!IsWordChar(text, at - 1) && !IsWordChar(text, end)))
                {
                    result.Append(text, from, at - from).Append(Replacement);
                    from = end;
                    at = text.IndexOf(Text, end, StringComparison.OrdinalIgnoreCase);
                }
                else
                {
                    at = text.IndexOf(Text, at + 1, StringComparison.OrdinalIgnoreCase);
                }
            }

            return result.Append(text, from, text.Length - from).ToString();
        }

        private static bool IsWordChar(string text, int index) =>
            index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
    }

    private sealed class Restore(ClaySecrets? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ClaySecrets({_needles.Length} forms, values hidden)");
}
