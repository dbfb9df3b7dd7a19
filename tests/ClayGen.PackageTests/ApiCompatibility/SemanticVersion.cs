using System.Globalization;

namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>The next version after a change of a given kind (Semantic Versioning 2.0).</summary>
public static class SemanticVersion
{
    /// <param name="current">e.g. <c>0.1.0</c>; a pre-release or build suffix is ignored.</param>
    /// <param name="kind">The kind of the public API change.</param>
    public static string Next(string current, ApiChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(current);
        var core = current.Split('-', '+')[0].Split('.');
        if (core.Length != 3)
        {
            throw new FormatException($"'{current}' is not a major.minor.patch version.");
        }

        var (major, minor, patch) = (Parse(core[0]), Parse(core[1]), Parse(core[2]));
        return kind switch
        {
            ApiChangeKind.Major => $"{major + 1}.0.0",
            ApiChangeKind.Minor => $"{major}.{minor + 1}.0",
            _ => $"{major}.{minor}.{patch + 1}",
        };
    }

    private static int Parse(string part) => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
}
