using System.Text.RegularExpressions;

namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>Reads what package validation (ApiCompat) reported in the output of <c>dotnet pack</c>.</summary>
public static partial class PackageValidationOutput
{
    /// <summary>
    /// Each compatibility error once, as <c>CP0002: Member '...' exists on [Baseline] ...</c>
    /// (MSBuild repeats errors in its summary; the project path after the message is dropped).
    /// </summary>
    public static IReadOnlyList<string> Breaks(string output) =>
        [.. CompatibilityError().Matches(output).Select(m => m.Groups[1].Value.Trim()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"error (CP\d{4}: .*?)(?: \[[^\]\r\n]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex CompatibilityError();
}
