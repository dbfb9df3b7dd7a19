using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>
/// Whether every value of a recorded JSON body survives into the typed result (serialised back to
/// JSON): same structure, same values; a recorded null may be absent; dates compare as instants and
/// numbers as numbers, since the models parse them.
/// </summary>
public static class JsonSubset
{
    public static IReadOnlyList<string> Differences(JToken expected, JToken? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JToken expected, JToken? actual, string path, List<string> differences)
    {
        if (expected.Type == JTokenType.Null)
        {
            if (actual is not null && actual.Type != JTokenType.Null)
            {
                differences.Add($"{path}: recorded null, result has {Show(actual)}");
            }

            return;
        }

        if (actual is null || actual.Type == JTokenType.Null)
        {
            differences.Add($"{path}: recorded {Show(expected)}, result has nothing");
            return;
        }

        switch (expected)
        {
            case JObject obj:
                if (actual is not JObject actualObject)
                {
                    differences.Add($"{path}: recorded an object, result has {actual.Type}");
                    return;
                }

                foreach (var property in obj.Properties())
                {
                    Compare(property.Value, actualObject[property.Name], $"{path}.{property.Name}", differences);
                }

                return;
            case JArray array:
                if (actual is not JArray actualArray || actualArray.Count != array.Count)
                {
                    differences.Add($"{path}: recorded an array of {array.Count}, result has {Show(actual)}");
                    return;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Compare(array[i], actualArray[i], $"{path}[{i}]", differences);
                }

                return;
            default:
                if (!SameValue((JValue)expected, actual))
                {
                    differences.Add($"{path}: recorded {Show(expected)}, result has {Show(actual)}");
                }

                return;
        }
    }

    private static bool SameValue(JValue expected, JToken actual)
    {
        if (actual is not JValue value)
        {
            return false;
        }

        if (expected.Type is JTokenType.Integer or JTokenType.Float && value.Type is JTokenType.Integer or JTokenType.Float)
        {
            return Convert.ToDecimal(expected.Value, CultureInfo.InvariantCulture) == Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture);
        }

        if (expected.Type == JTokenType.String && value.Type == JTokenType.Date)
        {
            return DateTimeOffset.TryParse((string)expected!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
                && instant == (value.Value is DateTimeOffset offset ? offset : new DateTimeOffset((DateTime)value.Value!));
        }

        return JToken.DeepEquals(expected, value);
    }

    private static string Show(JToken token) => token.ToString(Newtonsoft.Json.Formatting.None);
}
