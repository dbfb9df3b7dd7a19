using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen;

/// <summary>
/// One cell of a <see cref="Record"/>, read without parsing JSON by hand: its value as text, number,
/// boolean or JSON, its enrichment status, and the full output of an enrichment cell. Get it with
/// <see cref="Record.GetCell"/>.
/// </summary>
public sealed class ClayCell
{
    private readonly Cell? _cell;

    internal ClayCell(string fieldId, Cell? cell)
    {
        FieldId = fieldId;
        _cell = cell;
    }

    /// <summary>The field (<c>f_...</c>).</summary>
    public string FieldId { get; }

    /// <summary>Whether the record has this cell at all (a blank cell is often simply absent).</summary>
    public bool Exists => _cell is not null;

    /// <summary>The enrichment status (<c>metadata.status</c>, else <c>externalContent.status</c>); <see langword="null"/> when Clay sent none.</summary>
    public string? Status => _cell?.Metadata?.Status ?? _cell?.ExternalContent?.Status;

    /// <summary>Whether <see cref="Value"/> is only a preview of an enrichment's output (such as "Response"): read <see cref="FullValue"/>.</summary>
    public bool IsPreview => _cell?.Metadata?.AdditionalProperties.TryGetValue("isPreview", out var preview) == true
        && preview switch { bool flag => flag, JValue { Value: bool flag } => flag, _ => false };

    /// <summary>The value as Clay sent it (a string, number, boolean, JSON object or array), as JSON; <see langword="null"/> when blank.</summary>
    public JToken? Value => ToToken(_cell?.Value);

    /// <summary>
    /// The full output of an enrichment cell (<c>externalContent.fullValue</c>), sent by
    /// <see cref="ITablesClient.GetRecordAsync"/>; <see langword="null"/> when absent.
    /// </summary>
    public JToken? FullValue => ToToken(_cell?.ExternalContent?.FullValue);

    /// <summary>Why the enrichment failed, as Clay put it (<c>externalContent.error</c>), when it did.</summary>
    public string? Error => _cell?.ExternalContent?.Error switch
    {
        null => null,
        string text => text,
        var other => ToToken(other)?.ToString(Formatting.None),
    };

    /// <summary>The best value there is: <see cref="FullValue"/> when present, else <see cref="Value"/>.</summary>
    public JToken? Output => FullValue ?? Value;

    /// <summary>The value as text: strings as they are, numbers and booleans in invariant form, JSON as compact JSON; <see langword="null"/> when blank.</summary>
    public string? AsText() => Value switch
    {
        null => null,
        JValue { Value: string text } => text,

        // Only when a caller's own serializer parsed dates: the client keeps them as Clay's text.
        JValue { Value: DateTime date } => date.ToString("O", CultureInfo.InvariantCulture),
        JValue { Value: DateTimeOffset date } => date.ToString("O", CultureInfo.InvariantCulture),
        JValue { Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
        JValue { Value: bool flag } => flag ? "true" : "false",
        var json => json.ToString(Formatting.None),
    };

    /// <summary>The value as a number (a JSON number, or text holding one in invariant form); <see langword="null"/> when blank.</summary>
    /// <exception cref="FormatException">The cell holds something that is not a number.</exception>
    public decimal? AsDecimal() => Value switch
    {
        null => null,
        JValue { Type: JTokenType.Integer or JTokenType.Float } number => number.ToObject<decimal>(),
        JValue { Value: string text } when decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed) => parsed,
        var other => throw NotA("number", other),
    };

    /// <summary>The value as a whole number; <see langword="null"/> when blank.</summary>
    /// <exception cref="FormatException">The cell holds something that is not a whole number.</exception>
    public long? AsInt64() => AsDecimal() switch
    {
        null => null,
        var number when number == decimal.Truncate(number.Value) && number >= long.MinValue && number <= long.MaxValue => (long)number.Value,
        _ => throw NotA("whole number", Value!),
    };

    /// <summary>The value as a boolean (JSON <c>true</c>/<c>false</c>, or the text "true"/"false"); <see langword="null"/> when blank.</summary>
    /// <exception cref="FormatException">The cell holds something that is not a boolean.</exception>
    public bool? AsBoolean() => Value switch
    {
        null => null,
        JValue { Value: bool flag } => flag,
        JValue { Value: string text } when bool.TryParse(text, out var parsed) => parsed,
        var other => throw NotA("boolean", other),
    };

    /// <summary>The <see cref="Output"/> converted to <typeparamref name="T"/> with Newtonsoft.Json (e.g. a class of your own for an enrichment's output).</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <exception cref="FormatException">The output does not convert to <typeparamref name="T"/>.</exception>
    public T? As<T>()
    {
        var output = Output;
        if (output is null)
        {
            return default;
        }

        try
        {
            return output.ToObject<T>();
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new FormatException($"Cell {FieldId} holds {Describe(output)}, which does not convert to {typeof(T).Name}.", ex);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{FieldId}: {(Exists ? AsText() ?? "(blank)" : "(absent)")}{(Status is null ? "" : $" [{Status}]")}";

    private static JToken? ToToken(object? value) => value switch
    {
        null => null,
        JToken { Type: JTokenType.Null } => null,
        JToken token => token,
        var other => JToken.FromObject(other),
    };

    private FormatException NotA(string what, JToken value) => new($"Cell {FieldId} holds {Describe(value)}, not a {what}.");

    // The kind and a short excerpt: enough to see the mistake without printing a whole enrichment output.
    private static string Describe(JToken value)
    {
        var text = value.ToString(Formatting.None);
        return $"{value.Type.ToString().ToLowerInvariant()} {(text.Length > 40 ? text[..40] + "..." : text)}";
    }
}
