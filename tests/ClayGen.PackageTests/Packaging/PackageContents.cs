using System.IO.Compression;
using System.Xml.Linq;

namespace ClayGen.PackageTests.Packaging;

/// <summary>What a .nupkg or .snupkg holds: its file list and its nuspec.</summary>
public sealed class PackageContents
{
    private PackageContents(IReadOnlyList<string> files, XDocument nuspec)
    {
        Files = files;
        Nuspec = nuspec;
    }

    public IReadOnlyList<string> Files { get; }

    public XDocument Nuspec { get; }

    /// <summary>The nuspec's <c>metadata</c> child named <paramref name="name"/>, or null.</summary>
    public XElement? Metadata(string name) =>
        Nuspec.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata")?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The ids of the package's dependencies, for every target framework.</summary>
    public IReadOnlyList<string> DependencyIds =>
        [.. Nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal)];

    public static PackageContents Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var files = zip.Entries.Select(e => e.FullName).ToList();
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        return new PackageContents(files, XDocument.Load(stream));
    }
}
