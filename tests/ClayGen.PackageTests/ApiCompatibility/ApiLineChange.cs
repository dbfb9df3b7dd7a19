namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>What happened to one line of the public API text.</summary>
public enum ApiLineChange
{
    Unchanged,
    Removed,
    Added,
}
