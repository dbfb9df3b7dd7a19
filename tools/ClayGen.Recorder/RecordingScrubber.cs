using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Recorder;

/// <summary>
/// Removes secrets from a recorded exchange before it is written: the session cookie (in
/// <c>Cookie</c>, <c>Set-Cookie</c> and anywhere in a body), passwords and other secret-named
/// fields, and every email address; volatile headers (<c>Date</c>, <c>CF-Ray</c>, ...) are dropped.
/// One instance maps each real email to the same placeholder across all the exchanges it scrubs,
/// so a login body and the user it returns stay consistent.
/// </summary>
public sealed partial class RecordingScrubber
{
    private static readonly HashSet<string> DroppedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        // Transport details the replaying server sets itself.
        "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Content-Encoding",
        // Volatile: they change on every call and would make every re-recording a diff.
        "Date", "Age", "ETag", "Last-Modified", "Expires", "Server", "Server-Timing", "Via", "Report-To", "NEL",
        "Alt-Svc", "X-Request-Id", "Request-Id", "X-Response-Time", "X-Powered-By", "X-Cache", "Traceparent",
        "Tracestate", "Strict-Transport-Security",
    };

    // Prefixes of CDN and load-balancer headers (CF-Ray, CF-Cache-Status, X-Amzn-Trace-Id, X-Amz-Cf-Id, ...).
    private static readonly string[] DroppedHeaderPrefixes = ["CF-", "X-Amz", "X-Envoy-", "X-Cloud-Trace"];

    private static readonly JsonSerializerSettings ParseSettings = new()
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    };

    private readonly Dictionary<string, string> _emails = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a response header is dropped from recordings.</summary>
    /// <param name="name">The header name.</param>
    public static bool IsDroppedHeader(string name) =>
        DroppedHeaders.Contains(name) || DroppedHeaderPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a JSON property name announces a secret value (password, token, API key, session, ...).</summary>
    /// <param name="name">The property name.</param>
    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    /// <summary>Returns a copy of the exchange with every secret replaced by a placeholder.</summary>
    /// <param name="exchange">The exchange as it crossed the proxy.</param>
    public RecordedExchange Scrub(RecordedExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var requestHeaders = new List<KeyValuePair<string, string>>();
        if (exchange.RequestHeader("Cookie") is { } cookie && ClaySessionCookie().IsMatch(cookie))
        {
            // Only the session matters to Clay; other cookies (analytics, CDN) are dropped with their values.
            requestHeaders.Add(new("Cookie", "claysession=" + ClayPlaceholders.Session));
        }

        if (exchange.RequestHeader("Content-Type") is { } contentType)
        {
            requestHeaders.Add(new("Content-Type", contentType));
        }

        var responseHeaders = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in exchange.ResponseHeaders)
        {
            if (IsDroppedHeader(name))
            {
                continue;
            }

            if (name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
            {
                if (ScrubSetCookie(value) is { } kept)
                {
                    responseHeaders.Add(new(name, kept));
                }

                continue;
            }

            responseHeaders.Add(new(name, ScrubText(value)));
        }

        return exchange with
        {
            Path = ScrubText(exchange.Path),
            Query = [.. exchange.Query.Select(q => new KeyValuePair<string, string>(q.Key, IsSecretName(q.Key) ? SecretPlaceholder(q.Key) : ScrubText(q.Value)))],
            RequestHeaders = requestHeaders,
            RequestBody = exchange.RequestBody is null ? null : ScrubBody(exchange.RequestBody),
            ResponseHeaders = responseHeaders,
            ResponseBody = ScrubBody(exchange.ResponseBody),
        };
    }

    /// <summary>Scrubs a body: JSON structurally (secret-named fields, then every string), anything else as text.</summary>
    /// <param name="body">The body text.</param>
    public string ScrubBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (TryParseJson(body, out var json))
        {
            return ScrubJson(json).ToString(Formatting.None);
        }

        return ScrubText(body);
    }

    /// <summary>Scrubs a JSON document in place and returns it.</summary>
    /// <param name="token">The document.</param>
    public JToken ScrubJson(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    if (IsSecretName(property.Name) && property.Value.Type == JTokenType.String)
                    {
                        property.Value = SecretPlaceholder(property.Name);
                    }
                    else
                    {
                        ScrubJson(property.Value);
                    }
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    ScrubJson(item);
                }

                break;
            case JValue { Type: JTokenType.String } value:
                value.Value = ScrubText((string)value.Value!);
                break;
        }

        return token;
    }

    /// <summary>Replaces session values and emails inside free text.</summary>
    /// <param name="text">The text.</param>
    public string ScrubText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scrubbed = ClaySessionCookie().Replace(text, "claysession=" + ClayPlaceholders.Session);
        scrubbed = SignedSession().Replace(scrubbed, m => ClayPlaceholders.IsPlaceholderSession(m.Value) ? m.Value : ClayPlaceholders.Session);
        return Email().Replace(scrubbed, m => MapEmail(m.Value));
    }

    /// <summary>
    /// Keeps a <c>Set-Cookie</c> for <c>claysession</c> with its attributes and a placeholder value;
    /// returns null for any other cookie (CDN and analytics cookies are volatile).
    /// </summary>
    /// <param name="setCookie">The header value.</param>
    public static string? ScrubSetCookie(string setCookie)
    {
        ArgumentNullException.ThrowIfNull(setCookie);
        var parts = setCookie.Split(';', 2);
        var name = parts[0].Split('=', 2)[0].Trim();
        if (!name.Equals("claysession", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Expires is a date, and dates are volatile; Max-Age says the same thing and does not drift.
        var attributes = parts.Length > 1
            ? string.Join(';', parts[1].Split(';').Where(a => !a.Trim().StartsWith("Expires", StringComparison.OrdinalIgnoreCase)))
            : string.Empty;
        return "claysession=" + ClayPlaceholders.IssuedSession + (attributes.Length > 0 ? ";" + attributes : string.Empty);
    }

    private static string SecretPlaceholder(string name) =>
        name.Contains("session", StringComparison.OrdinalIgnoreCase) || name.Contains("cookie", StringComparison.OrdinalIgnoreCase)
            ? ClayPlaceholders.Session
            : ClayPlaceholders.Password;

    private static bool TryParseJson(string body, out JToken json)
    {
        json = JValue.CreateNull();
        var trimmed = body.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return false;
        }

        try
        {
            json = JsonConvert.DeserializeObject<JToken>(body, ParseSettings)!;
            return json is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private string MapEmail(string email)
    {
        if (ClayPlaceholders.IsPlaceholderEmail(email))
        {
            return email;
        }

        if (!_emails.TryGetValue(email, out var placeholder))
        {
            placeholder = ClayPlaceholders.Email(_emails.Count + 1);
            _emails[email] = placeholder;
        }

        return placeholder;
    }

    [GeneratedRegex(@"\bclaysession=[^;,\s""']*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaySessionCookie();

    // An express-signed session id, raw (s:<sid>.<sig>) or URL-encoded (s%3A<sid>.<sig>).
    [GeneratedRegex(@"\bs(?:%3A|:)[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9%+/=_\-]{8,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedSession();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"pass(word|wd)?|secret|token|api[-_]?key|authorization|session|cookie|credential", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();
}
