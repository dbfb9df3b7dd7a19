using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>Parsing that keeps JSON as written: date-like strings stay strings, decimals stay exact.</summary>
public static class JsonText
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    };

    public static JToken Parse(string text) =>
        JsonConvert.DeserializeObject<JToken>(text, Settings) ?? JValue.CreateNull();

    public static JToken? TryParse(string? text)
    {
        var trimmed = text?.TrimStart();
        if (string.IsNullOrEmpty(trimmed) || (trimmed[0] != '{' && trimmed[0] != '[' && trimmed[0] != '"'))
        {
            return null;
        }

        try
        {
            return Parse(text!);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
