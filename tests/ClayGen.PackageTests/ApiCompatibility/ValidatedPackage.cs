using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>
/// A one-file package, <c>Widget</c>, laid out like the repository's packages: the repository's own
/// Directory.Build.props, Directory.Build.targets and Directory.Packages.props at the root of a temp
/// folder, and <c>src/Widget</c> opting in with <c>EnablePackageValidation</c>, so <c>dotnet pack</c>
/// validates it by exactly the rules that validate ClayGen and ClayGen.Sandbox.
/// </summary>
public sealed class ValidatedPackage : IDisposable
{
    public const string Id = "Widget";

    private readonly TemporaryDirectory _root = new("validation");

    public ValidatedPackage()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            File.Copy(Path.Combine(RepositoryLayout.Root, file), _root.Combine(file));
        }

        Directory.CreateDirectory(ProjectFolder);
        File.WriteAllText(
            Path.Combine(ProjectFolder, Id + ".csproj"),
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <IsPackable>true</IsPackable>
                <EnablePackageValidation>true</EnablePackageValidation>
              </PropertyGroup>
            </Project>
            """);
    }

    public string ProjectFolder => _root.Combine("src", Id);

    /// <summary>Where the released package goes, as for the repository's packages.</summary>
    public string BaselinePackage => Path.Combine(ProjectFolder, "api", "baseline", $"{Id}.{RepositoryLayout.BaselineVersion}.nupkg");

    /// <summary>Where deliberate breaks are listed, as for the repository's packages.</summary>
    public string SuppressionFile => Path.Combine(ProjectFolder, "api", "CompatibilitySuppressions.xml");

    /// <summary>Written by the SDK each time package validation has run (and only then).</summary>
    public string ValidationSemaphore => Path.Combine(ProjectFolder, "obj", "Release", "net10.0", "Microsoft.NET.ApiCompat.ValidatePackage.semaphore");

    /// <summary>Packs <paramref name="source"/> as the released version and keeps the package as the baseline.</summary>
    public async Task ReleaseAsync(string source)
    {
        var pack = await PackAsync(source, "-p:DisablePackageBaselineValidation=true", $"-p:Version={RepositoryLayout.BaselineVersion}");
        pack.EnsureSuccess();
        Directory.CreateDirectory(Path.GetDirectoryName(BaselinePackage)!);
        File.Move(_root.Combine("feed", $"{Id}.{RepositoryLayout.BaselineVersion}.nupkg"), BaselinePackage);
        File.Delete(ValidationSemaphore);
    }

    /// <summary>Takes the baseline another copy released, so tests need not pack the same release again.</summary>
    public void AdoptBaseline(string package)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(BaselinePackage)!);
        File.Copy(package, BaselinePackage);
    }

    /// <summary>
    /// <c>dotnet pack</c> of the package with <paramref name="source"/> as its only file; the result
    /// is returned whatever the exit code.
    /// </summary>
    public Task<ProcessResult> PackAsync(string source, params string[] arguments)
    {
        File.WriteAllText(Path.Combine(ProjectFolder, Id + ".cs"), source);
        return DotNetCli.RunAsync(
            _root.Path,
            ["pack", $"src/{Id}/{Id}.csproj", "-c", "Release", "-o", _root.Combine("feed"), "-nodeReuse:false", .. arguments],
            TimeSpan.FromMinutes(5));
    }

    public void Dispose() => _root.Dispose();
}
