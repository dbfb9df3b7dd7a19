using Newtonsoft.Json.Linq;

namespace ClayGen.Http;

/// <summary>Reads Clay's error message out of a body of unknown shape.</summary>
internal static class ClayErrorBody
{
    private static readonly string[] MessageKeys = ["message", "error", "errorMessage", "detail"];

    public static string? TryReadMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            if (JToken.Parse(body) is not JObject json)
            {
                return null;
            }

            foreach (var key in MessageKeys)
            {
                var value = json[key];
                if (value is JValue { Type: JTokenType.String } text && !string.IsNullOrWhiteSpace((string?)text))
                {
                    return ClayRedactor.Redact(Truncate((string)text!));
                }

                if (value is JObject nested && nested["message"] is JValue { Type: JTokenType.String } inner)
                {
                    return ClayRedactor.Redact(Truncate((string)inner!));
                }
            }
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not JSON after all (a truncated body): the excerpt still shows it.
        }

        return null;
    }

    private static string Truncate(string text) =>
        text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
}
