namespace ClayGen.Cli.Mcp;

/// <summary>Argument checks a tool makes before it sends anything; each failure names the argument.</summary>
internal static class ClayArgs
{
    public static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("must not be empty.", name);
        }
    }

    /// <summary>An id with Clay's prefix for its kind (t_ table, r_ record, f_ field, gv_ view, s_ source).</summary>
    public static void RequireId(string? value, string name, string prefix)
    {
        RequireText(value, name);
        if (!value!.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{value}' is not an id of the right kind: expected {prefix}...", name);
        }
    }

    public static void RequireIds(IReadOnlyCollection<string>? values, string name, string prefix, int max)
    {
        if (values is null || values.Count == 0)
        {
            throw new ArgumentException("must list at least one id.", name);
        }

        if (values.Count > max)
        {
            throw new ArgumentException($"lists {values.Count} ids; at most {max} per call.", name);
        }

        foreach (var value in values)
        {
            RequireId(value, name, prefix);
        }
    }
}
