using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Cli.Infrastructure;

/// <summary>Parses the values people type: times, cells, id lists.</summary>
internal static class CliValues
{
    /// <summary>
    /// An ISO 8601 date or time (UTC unless it says otherwise), <c>now</c>, or a span back from now:
    /// <c>30d</c>, <c>12h</c>, <c>2w</c>.
    /// </summary>
    public static DateTimeOffset ParseTime(string text, string option, DateTimeOffset now)
    {
        var value = text.Trim();
        if (value.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return now;
        }

        if (value.Length > 1 && long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            TimeSpan? back = char.ToLowerInvariant(value[^1]) switch
            {
                'w' => TimeSpan.FromDays(7 * amount),
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => null,
            };
            if (back is { } span)
            {
                return now - span;
            }
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var time))
        {
            return time;
        }

        throw new CliUsageException(
            $"{option}: '{text}' is not a date; use ISO 8601 (2025-06-30 or 2025-06-30T19:00:00Z), 'now', or a span back from now (30d, 12h, 2w).");
    }

    /// <summary>
    /// Cells typed as <c>f_abc=Acme</c> (text) or <c>f_abc:=42</c> (a JSON value: number, true, null, "text").
    /// </summary>
    public static Dictionary<string, object?> ParseCells(IEnumerable<string> cells, string option)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            var equals = cell.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliUsageException($"{option} '{cell}': expected <field-id>=<text> or <field-id>:=<json>, e.g. f_abc=Acme or f_size:=42.");
            }

            var isJson = cell[equals - 1] == ':';
            var fieldId = cell[..(isJson ? equals - 1 : equals)].Trim();
            var text = cell[(equals + 1)..];
            if (fieldId.Length == 0)
            {
                throw new CliUsageException($"{option} '{cell}': the field id is missing.");
            }

            row[fieldId] = isJson ? ParseJsonValue(text, $"{option} '{cell}'") : text;
        }

        return row;
    }

    /// <summary>A positive span of time: <c>90s</c>, <c>10m</c>, <c>2h</c>, or a .NET time span (<c>00:10:00</c>).</summary>
    public static TimeSpan ParseDuration(string text, string option)
    {
        var value = text.Trim();
        if (value.Length > 1 && double.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            TimeSpan? span = char.ToLowerInvariant(value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => null,
            };
            if (span is { } parsed)
            {
                return parsed;
            }
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var time) && time > TimeSpan.Zero
            ? time
            : throw new CliUsageException($"{option}: '{text}' is not a positive duration; use 90s, 10m, 2h or hh:mm:ss.");
    }

    /// <summary>Ids given as separate arguments or comma-separated.</summary>
    public static List<string> SplitIds(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static object? ParseJsonValue(string text, string source)
    {
        JToken token;
        try
        {
            token = JToken.Parse(text);
        }
        catch (JsonReaderException)
        {
            throw new CliUsageException($"{source}: '{text}' is not JSON (quote text as \"...\" or use = instead of :=).");
        }

        return token switch
        {
            JValue value => value.Value,
            JArray array => array,
            _ => throw new CliUsageException($"{source}: a cell holds a plain value; Clay rejects objects."),
        };
    }
}
