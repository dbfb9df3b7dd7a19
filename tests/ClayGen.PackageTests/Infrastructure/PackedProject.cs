namespace ClayGen.PackageTests.Infrastructure;

/// <summary>A project packed by the real <c>dotnet pack</c> into a temporary feed, under a version no cache has seen.</summary>
public sealed record PackedProject(string Feed, string Version)
{
    /// <summary>
    /// A version no packages folder has seen, so a package cannot come from a cache; above every
    /// release, as package validation wants the assembly version not to go below its baseline's.
    /// </summary>
    public static string NewVersion() => $"999.0.0-test.t{Guid.NewGuid():N}"[..32];

    /// <summary>
    /// Packs <paramref name="project"/> (Release) as <paramref name="version"/> into <c>feed/</c> of
    /// <paramref name="work"/>; its build output goes to <c>artifacts/</c> there too, so packs into the
    /// same folder share the build of the projects they have in common.
    /// </summary>
    public static async Task<PackedProject> PackAsync(string project, TemporaryDirectory work, string version, ITestOutputHelper output)
    {
        var feed = Directory.CreateDirectory(work.Combine("feed")).FullName;
        var pack = await DotNetCli.RunAsync(
            RepositoryLayout.Root,
            ["pack", project, "-c", "Release", "-o", feed, $"-p:Version={version}", "--artifacts-path", work.Combine("artifacts"), "-nodeReuse:false", "-maxCpuCount:1"],
            TimeSpan.FromMinutes(10));
        output.WriteLine($"pack {Path.GetFileName(project)}: {pack.Elapsed.TotalSeconds:0.0} s");
        pack.EnsureSuccess();
        return new PackedProject(feed, version);
    }

    /// <summary>The path of package <paramref name="id"/> (or its symbols package) in the feed.</summary>
    public string Package(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");
}
