namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>How much a public API change asks of the version (Semantic Versioning).</summary>
public enum ApiChangeKind
{
    /// <summary>The public API is the same: a release is a patch.</summary>
    None,

    /// <summary>Only additions: code that compiled against the old version still compiles. Minor version.</summary>
    Minor,

    /// <summary>Something was removed or changed: callers may no longer compile. Major version.</summary>
    Major,
}
