using System.Text.RegularExpressions;
using ClayGen.ContractTests.Infrastructure;
using ClayGen.Recorder;
using Newtonsoft.Json.Linq;

namespace ClayGen.ContractTests.Checks;

/// <summary>
/// Finds secrets in a recording's text: a session that is not an obvious placeholder (its value must
/// contain "placeholder" or be <see cref="ContractServer.SessionValue"/>), an email outside
/// <c>@example.com</c>, and a password, token or other secret-named value that is not a placeholder,
/// wherever they sit (matchers, headers, bodies, bodies inside string patterns).
/// </summary>
public static partial class RecordingHygiene
{
    public static IReadOnlyList<string> Problems(string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<string>();
        foreach (Match email in Email().Matches(text))
        {
            if (!ClayPlaceholders.IsPlaceholderEmail(email.Value))
            {
                problems.Add($"{relativePath}: email {Mask(email.Value)} is not a placeholder (use an address @{ClayPlaceholders.EmailDomain}).");
            }
        }

        foreach (Match session in SessionCookie().Matches(text))
        {
            var value = session.Groups["value"].Value;
            if (!IsPlaceholderSession(value))
            {
                problems.Add($"{relativePath}: claysession={Mask(value)} is not a placeholder session.");
            }
        }

        foreach (Match signed in SignedSession().Matches(text))
        {
            if (!IsPlaceholderSession(signed.Value))
            {
                problems.Add($"{relativePath}: {Mask(signed.Value)} looks like a real signed session id.");
            }
        }

        if (JsonText.TryParse(text) is { } json)
        {
            Walk(json, relativePath, problems);
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsPlaceholderSession(string value) =>
        ClayPlaceholders.IsPlaceholderSession(value) || string.Equals(value, ContractServer.SessionValue, StringComparison.Ordinal);

    private static void Walk(JToken token, string relativePath, List<string> problems)
    {
        switch (token)
        {
            case JObject obj:
                // A header or parameter matcher ({"Name": "Authorization", "Matchers": [...]}): its patterns are the values.
                if (obj["Name"] is JValue { Type: JTokenType.String } name && RecordingScrubber.IsSecretName((string)name!))
                {
                    foreach (var pattern in obj.SelectTokens("Matchers[*].Pattern").OfType<JValue>())
                    {
                        CheckSecret((string)name!, pattern, relativePath, problems);
                    }
                }

                foreach (var property in obj.Properties())
                {
                    if (RecordingScrubber.IsSecretName(property.Name) && property.Value is JValue value)
                    {
                        CheckSecret(property.Name, value, relativePath, problems);
                    }

                    Walk(property.Value, relativePath, problems);
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    Walk(item, relativePath, problems);
                }

                break;
            case JValue { Type: JTokenType.String } text when JsonText.TryParse((string)text!) is JContainer nested:
                // A body recorded as a string pattern or a string body still holds JSON fields.
                Walk(nested, relativePath, problems);
                break;
        }
    }

    private static void CheckSecret(string name, JValue value, string relativePath, List<string> problems)
    {
        if (value.Type == JTokenType.String && !ClayPlaceholders.IsPlaceholderSecret((string)value!))
        {
            problems.Add($"{relativePath}: '{name}' holds {Mask((string)value!)}, which is not a placeholder (it must contain \"placeholder\").");
        }
    }

    // Enough to find the value in the file, too little to use it.
    private static string Mask(string value) => value.Length <= 4 ? "****" : value[..3] + "…(" + value.Length + " chars)";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\bclaysession=(?<value>[^;,\s""'\\]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionCookie();

    [GeneratedRegex(@"\bs(?:%3A|:)[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9%+/=_\-]{8,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedSession();
}
