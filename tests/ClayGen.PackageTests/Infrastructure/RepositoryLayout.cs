using System.Text.RegularExpressions;

namespace ClayGen.PackageTests.Infrastructure;

/// <summary>Where the repository's files are, found from the test's own location.</summary>
public static partial class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>ClayGen.sln</c>.</summary>
    public static string Root => RootPath.Value;

    public static string LibraryProject => Path.Combine(Root, "src", "ClayGen", "ClayGen.csproj");

    /// <summary>The approved public API of a package, kept in the package's own folder: <c>src/&lt;package&gt;/api/</c>.</summary>
    public static string ApprovedApiFile(string package) => Path.Combine(Root, "src", package, "api", package + ".approved.txt");

    public static string Changelog => Path.Combine(Root, "CHANGELOG.md");

    public static string BuildProps => Path.Combine(Root, "Directory.Build.props");

    /// <summary>The one place the version is set: <c>VersionPrefix</c> in Directory.Build.props.</summary>
    public static string VersionPrefix
    {
        get
        {
            var match = VersionPrefixElement().Match(File.ReadAllText(BuildProps));
            Assert.True(match.Success, "Directory.Build.props has no <VersionPrefix>.");
            return match.Groups[1].Value;
        }
    }

    /// <summary>
    /// The last released version (<c>ClayGenBaselineVersion</c> in Directory.Build.props): package
    /// validation compares each package with <c>src/&lt;package&gt;/api/baseline/&lt;package&gt;.&lt;version&gt;.nupkg</c>.
    /// </summary>
    public static string BaselineVersion
    {
        get
        {
            var match = BaselineVersionElement().Match(File.ReadAllText(BuildProps));
            Assert.True(match.Success, "Directory.Build.props has no <ClayGenBaselineVersion>.");
            return match.Groups[1].Value;
        }
    }

    /// <summary>Copies a folder, leaving out build output (bin, obj) so a copy builds from scratch.</summary>
    public static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyDirectory(directory, Path.Combine(destination, name));
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClayGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ClayGen.sln was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<VersionPrefix>\s*([^<\s]+)\s*</VersionPrefix>")]
    private static partial Regex VersionPrefixElement();

    [GeneratedRegex(@"<ClayGenBaselineVersion>\s*([^<\s]+)\s*</ClayGenBaselineVersion>")]
    private static partial Regex BaselineVersionElement();
}
