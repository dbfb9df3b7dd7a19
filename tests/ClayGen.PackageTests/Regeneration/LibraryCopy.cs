using System.Runtime.Loader;
using ClayGen.PackageTests.ApiCompatibility;
using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.Regeneration;

/// <summary>
/// A copy of the library laid out like the repository (spec, nswag.json, build props, src/ClayGen)
/// in a temp folder, so a test can edit the spec and build exactly what a developer would.
/// </summary>
public sealed class LibraryCopy : IDisposable
{
    private readonly TemporaryDirectory _root = new("regen");

    public LibraryCopy()
    {
        foreach (var file in new[] { "nswag.json", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            File.Copy(Path.Combine(RepositoryLayout.Root, file), _root.Combine(file));
        }

        RepositoryLayout.CopyDirectory(Path.Combine(RepositoryLayout.Root, "spec"), _root.Combine("spec"));
        RepositoryLayout.CopyDirectory(Path.Combine(RepositoryLayout.Root, "src", "ClayGen"), _root.Combine("src", "ClayGen"));
    }

    public string SpecFile => _root.Combine("spec", "openapi.yaml");

    /// <summary>The C# NSwag generated from the copy's spec (after <see cref="BuildAsync"/>).</summary>
    public string GeneratedClient => _root.Combine("src", "ClayGen", "obj", "Debug", "net10.0", "Generated", "ClayClients.g.cs");

    /// <summary>Builds the copy (NSwag runs from the build, as in the repository) and returns its public API text.</summary>
    public async Task<(ProcessResult Build, string PublicApi)> BuildAsync()
    {
        var build = await DotNetCli.RunAsync(
            _root.Path,
            [
                "build", "src/ClayGen/ClayGen.csproj", "-c", "Debug", "-nodeReuse:false",
                // Analyzers say nothing about the API; dependencies beside the dll let the API reader resolve them.
                "-p:RunAnalyzers=false", "-p:CopyLocalLockFileAssemblies=true",
            ],
            TimeSpan.FromMinutes(10));
        build.EnsureSuccess();

        var dll = _root.Combine("src", "ClayGen", "bin", "Debug", "net10.0", "ClayGen.dll");
        var context = new AssemblyLoadContext("ClayGen-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            return (build, PublicApiSnapshot.Of(context.LoadFromAssemblyPath(dll)));
        }
        finally
        {
            context.Unload();
        }
    }

    public void Dispose() => _root.Dispose();
}
