using System.Text;

namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>The verdict on a public API diff: its kind, what made it so, and the version it calls for.</summary>
public sealed record ApiChangeReport(ApiChangeKind Kind, IReadOnlyList<ApiChange> Changes)
{
    public IEnumerable<ApiChange> Breaking => Changes.Where(c => c.Kind == ApiChangeKind.Major);

    public IEnumerable<ApiChange> Additions => Changes.Where(c => c.Kind == ApiChangeKind.Minor);

    /// <summary>The kind in words, with the version that follows <paramref name="currentVersion"/>.</summary>
    public string Summarize(string currentVersion)
    {
        var text = new StringBuilder();
        text.Append(Kind switch
        {
            ApiChangeKind.Major => "BREAKING change (major version)",
            ApiChangeKind.Minor => "Additive change (minor version)",
            _ => "No public API change (patch version)",
        });
        text.Append(": ").Append(currentVersion).Append(" -> ").AppendLine(SemanticVersion.Next(currentVersion, Kind));
        foreach (var change in Changes)
        {
            text.Append("  ").AppendLine(change.ToString());
        }

        return text.ToString();
    }
}
