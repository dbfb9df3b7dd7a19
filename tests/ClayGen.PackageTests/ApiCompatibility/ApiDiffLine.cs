namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>One line of an <see cref="ApiDiff"/>, with the type (or namespace) it belongs to.</summary>
/// <param name="Change">Whether the line was kept, removed or added.</param>
/// <param name="Text">The line as PublicApiGenerator wrote it.</param>
/// <param name="Container">The enclosing type's full name (e.g. <c>ClayGen.Workspace</c>), or the namespace.</param>
/// <param name="BeforeLine">The 1-based line number in the old text (0 when added).</param>
/// <param name="AfterLine">The 1-based line number in the new text (0 when removed).</param>
public sealed record ApiDiffLine(ApiLineChange Change, string Text, string Container, int BeforeLine, int AfterLine)
{
    /// <summary>Whether the line declares something (not a brace or a blank line).</summary>
    public bool IsSignificant => Text.Trim() is { Length: > 0 } trimmed && trimmed is not ("{" or "}" or "{ }");

    /// <summary>The line as a unified diff shows it.</summary>
    public override string ToString() => Change switch
    {
        ApiLineChange.Removed => "-" + Text,
        ApiLineChange.Added => "+" + Text,
        _ => " " + Text,
    };
}
