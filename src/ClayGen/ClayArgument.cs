using System.Globalization;

namespace ClayGen;

/// <summary>Argument checks shared by the generated and hand-written methods, run before any request is sent.</summary>
internal static class ClayArgument
{
    public static void ThrowIfInvalidId(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The id must not be empty or whitespace.", paramName);
        }

        // Checked as sent and as a server or proxy might decode it (once or more): "%2e%2e" or "%252F"
        // is harmless to System.Uri but becomes ".." or "/" to a server that unescapes again.
        var text = value;
        for (var pass = 0; pass < 4; pass++)
        {
            ThrowIfRouteChanging(text, value, paramName);
            var decoded = Uri.UnescapeDataString(text);
            if (string.Equals(decoded, text, StringComparison.Ordinal))
            {
                break;
            }

            text = decoded;
        }
    }

    private static void ThrowIfRouteChanging(string text, string original, string paramName)
    {
        // "." and ".." are dot segments: System.Uri removes them, so "GetTable(\"..\")" would send GET /v3/.
        if (text is "." or "..")
        {
            throw new ArgumentException(
                $"The id must not be '.' or '..' (a dot segment changes the route){(string.Equals(text, original, StringComparison.Ordinal) ? string.Empty : " once percent-decoded")}.",
                paramName);
        }

        foreach (var c in text)
        {
            // These would change the route (another path segment, a query, a fragment) or corrupt the request line.
            if (c is '/' or '?' or '#' or '\\' || char.IsControl(c))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The id must not contain '/', '?', '#', '\\' or control characters, raw or percent-encoded (found U+{(int)c:X4})."),
                    paramName);
            }
        }
    }

    public static void ThrowIfInvalidOptionalId(string? value, string paramName)
    {
        if (value is not null)
        {
            ThrowIfInvalidId(value, paramName);
        }
    }

    public static void ThrowIfInvalidIds(IEnumerable<string>? values, string paramName, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var count = 0;
        foreach (var value in values)
        {
            ThrowIfInvalidId(value, paramName);
            count++;
        }

        if (count == 0 && !allowEmpty)
        {
            throw new ArgumentException("At least one id is required.", paramName);
        }
    }

    /// <summary>A non-empty list of user ids, each positive: the owner filters of resources and credit reports.</summary>
    public static void ThrowIfInvalidUserIds(long[]? values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Length == 0)
        {
            throw new ArgumentException("At least one owner id is required.", paramName);
        }

        foreach (var id in values)
        {
            ThrowIfNotPositive(id, paramName);
        }
    }

    public static void ThrowIfNotPositive(long value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The id must be a positive integer.");
        }
    }

    public static void ThrowIfNotPositive(long? value, string paramName)
    {
        if (value is { } v)
        {
            ThrowIfNotPositive(v, paramName);
        }
    }

    public static void ThrowIfBlank(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or whitespace.", paramName);
        }
    }

    public static void ThrowIfInvalidBody(object? body, string paramName)
    {
        ArgumentNullException.ThrowIfNull(body, paramName);
        if (body is IClayValidatable validatable)
        {
            validatable.Validate(paramName);
        }
        else if (body is IDictionary<string, object?> cells)
        {
            // A bare cells map (updateRecord): the same checks as a row's cells.
            if (cells.Count == 0)
            {
                throw new ArgumentException($"{paramName} must hold at least one cell.", paramName);
            }

            ClayValidation.RequireCells(cells, paramName, "cells");
        }
    }
}
