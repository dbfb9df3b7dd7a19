using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.Regeneration;

/// <summary>
/// A copy of the library laid out like the repository (spec, nswag.json, build props and targets,
/// the README it packs, src/ClayGen with its api/ baseline and suppressions) in a temp folder, so a
/// test can edit the spec and pack exactly what a developer would.
/// </summary>
public sealed class LibraryCopy : IDisposable
{
    private readonly TemporaryDirectory _root = new("regen");

    public LibraryCopy()
    {
        foreach (var file in new[] { "nswag.json", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", "README.md" })
        {
            File.Copy(Path.Combine(RepositoryLayout.Root, file), _root.Combine(file));
        }

        RepositoryLayout.CopyDirectory(Path.Combine(RepositoryLayout.Root, "spec"), _root.Combine("spec"));
        RepositoryLayout.CopyDirectory(Path.Combine(RepositoryLayout.Root, "src", "ClayGen"), _root.Combine("src", "ClayGen"));
    }

    public string SpecFile => _root.Combine("spec", "openapi.yaml");

    /// <summary>The C# NSwag generated from the copy's spec (after <see cref="PackAsync"/>).</summary>
    public string GeneratedClient => _root.Combine("src", "ClayGen", "obj", "Debug", "net10.0", "Generated", "ClayClients.g.cs");

    /// <summary>
    /// Packs the copy (NSwag runs from the build, as in the repository; package validation runs after
    /// the pack) and returns how it ended, without failing the test on a non-zero exit code.
    /// </summary>
    public Task<ProcessResult> PackAsync() =>
        DotNetCli.RunAsync(
            _root.Path,
            [
                "pack", "src/ClayGen/ClayGen.csproj", "-c", "Debug", "-o", _root.Combine("feed"), "-nodeReuse:false",
                // Analyzers say nothing about the API.
                "-p:RunAnalyzers=false",
            ],
            TimeSpan.FromMinutes(10));

    public void Dispose() => _root.Dispose();
}
