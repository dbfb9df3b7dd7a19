using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ClayGen.Http;

/// <summary>Reads Clay's error message out of a body of unknown shape.</summary>
internal static partial class ClayErrorBody
{
    private const int MaxMessageLength = 300;
    private static readonly string[] MessageKeys = ["message", "error", "errorMessage", "detail"];

    public static string? TryReadMessage(string? body, ClaySecrets? secrets = null)
    {
        secrets ??= ClaySecrets.Current;
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var text = body.Trim();
        return text[0] switch
        {
            '{' or '[' or '"' => FromJson(text, secrets),

            // A proxy's or load balancer's error page: its title is the only readable part.
            '<' => HtmlTitle().Match(text) is { Success: true } title ? Clean(WebUtility.HtmlDecode(title.Groups["title"].Value), secrets) : null,

            // Express answers `res.status(400).send("fieldIds - Required")` as text (labelled text/html).
            _ => Clean(text.Split('\n', 2)[0], secrets),
        };
    }

    private static string? FromJson(string body, ClaySecrets secrets)
    {
        try
        {
            var token = JToken.Parse(body);
            if (token is JValue { Type: JTokenType.String } bare)
            {
                return Clean((string?)bare, secrets);
            }

            if (token is not JObject json)
            {
                return null;
            }

            foreach (var key in MessageKeys)
            {
                var value = json[key];
                if (value is JValue { Type: JTokenType.String } text && !string.IsNullOrWhiteSpace((string?)text))
                {
                    return Clean((string)text!, secrets);
                }

                if (value is JObject nested && nested["message"] is JValue { Type: JTokenType.String } inner)
                {
                    return Clean((string)inner!, secrets);
                }
            }
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not JSON after all (a truncated body): the excerpt still shows it.
        }

        return null;
    }

    private static string? Clean(string? text, ClaySecrets secrets)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Scrubbed before the cut, so the cut cannot leave part of a secret behind.
        text = secrets.Redact(text.Trim());
        return text.Length <= MaxMessageLength ? text : string.Concat(text.AsSpan(0, MaxMessageLength), "…");
    }

    [GeneratedRegex(@"<title[^>]*>(?<title>[^<]{1,300})</title>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTitle();
}
