namespace ClayGen.PackageTests.Regeneration;

/// <summary>Text edits to <c>spec/openapi.yaml</c>, made the way a person edits it: by block and indentation.</summary>
public static class SpecEdit
{
    /// <summary>Inserts a path item (indented two spaces, as under <c>paths:</c>) as the first path.</summary>
    public static string AddPath(string yaml, string pathItem)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(pathItem);
        var lines = Lines(yaml);
        var paths = lines.FindIndex(l => l == "paths:");
        if (paths < 0)
        {
            throw new InvalidOperationException("The spec has no top-level 'paths:'.");
        }

        lines.InsertRange(paths + 1, Lines(pathItem.TrimEnd('\n')).Append(""));
        return string.Join('\n', lines);
    }

    /// <summary>Removes one property (and everything indented under it) from a schema under <c>components.schemas</c>.</summary>
    public static string RemoveProperty(string yaml, string schema, string property)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var lines = Lines(yaml);
        var start = lines.FindIndex(l => l == $"    {schema}:");
        if (start < 0)
        {
            throw new InvalidOperationException($"The spec has no schema '{schema}'.");
        }

        var end = BlockEnd(lines, start);
        var properties = lines.FindIndex(start, end - start, l => l == "      properties:");
        var at = properties < 0 ? -1 : lines.FindIndex(properties, end - properties, l => l == $"        {property}:");
        if (at < 0)
        {
            throw new InvalidOperationException($"Schema '{schema}' has no property '{property}'.");
        }

        lines.RemoveRange(at, BlockEnd(lines, at) - at);
        return string.Join('\n', lines);
    }

    private static List<string> Lines(string text) => [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];

    // The first line after `start` that is indented no deeper than `start` and is not blank.
    private static int BlockEnd(List<string> lines, int start)
    {
        var indent = Indent(lines[start]);
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
        {
            end++;
        }

        // Trailing blank lines separate blocks; leave them.
        while (end - 1 > start && lines[end - 1].Trim().Length == 0)
        {
            end--;
        }

        return end;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
