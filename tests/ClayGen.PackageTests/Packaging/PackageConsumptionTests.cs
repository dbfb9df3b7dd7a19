using System.Diagnostics;
using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.Packaging;

[Collection(PackedProjectsCollection.Name)]
public sealed class PackageConsumptionTests(PackedProjects packs, ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Package")]
    public async Task The_packed_library_restores_builds_and_calls_Clay_from_a_project_outside_the_repository()
    {
        var total = Stopwatch.StartNew();
        using var work = new TemporaryDirectory("package");

        // 1. Pack into a temp feed (once per run); build output goes to a temp folder too, away from the repository's obj.
        var packed = await packs.PackAsync(RepositoryLayout.LibraryProject, output);
        var (feed, version) = (packed.Feed, packed.Version);

        var package = PackageContents.Read(packed.Package("ClayGen"));
        var symbols = PackageContents.Read(packed.Package("ClayGen", "snupkg"));
        Assert.Contains("README.md", package.Files);
        Assert.Contains("lib/net10.0/ClayGen.dll", package.Files);
        Assert.Contains("lib/net10.0/ClayGen.xml", package.Files);
        Assert.Contains("lib/net10.0/ClayGen.pdb", symbols.Files);
        Assert.Equal("README.md", package.Metadata("readme")?.Value);
        Assert.Equal("expression", (string?)package.Metadata("license")?.Attribute("type"));
        Assert.Equal("MIT", package.Metadata("license")?.Value);
        Assert.Equal(version, package.Metadata("version")?.Value);
        // Consumers get only what runs: build tools (NSwag, analyzers, SourceLink) stay private.
        Assert.Contains("Newtonsoft.Json", package.DependencyIds);
        Assert.Contains("Microsoft.Extensions.Http", package.DependencyIds);
        Assert.All(package.DependencyIds, id => Assert.True(
            id == "Newtonsoft.Json" || id.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal),
            $"Unexpected package dependency {id}."));

        // 2. Restore and build a consumer with its own nuget.config and a fresh packages folder.
        var consumer = Directory.CreateDirectory(work.Combine("consumer")).FullName;
        var packages = work.Combine("packages");
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var project = ConsumerProject.Write(consumer, feed, packages, version, Directory.Exists(machinePackages) ? machinePackages : null);
        var build = await DotNetCli.RunAsync(
            consumer,
            ["build", project, "-c", "Debug", "-nodeReuse:false"],
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages });
        output.WriteLine($"consumer restore + build: {build.Elapsed.TotalSeconds:0.0} s");
        build.EnsureSuccess();

        var restored = Path.Combine(packages, "claygen", version, $"claygen.{version}.nupkg");
        Assert.True(File.Exists(restored), "ClayGen was not restored into the fresh packages folder.");
        Assert.Equal(await File.ReadAllBytesAsync(packed.Package("ClayGen")), await File.ReadAllBytesAsync(restored));

        // 3. Run it against a local Clay: one call through new ClayClient, one through AddClayClient.
        using var clay = ClayFakeServer.StartAccepting(ConsumerProject.DirectSession, ConsumerProject.DependencyInjectionSession);
        var run = await DotNetCli.RunAsync(
            consumer,
            [Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.dll"), clay.BaseAddress.ToString()],
            TimeSpan.FromMinutes(10));
        output.WriteLine($"consumer run: {run.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"total: {total.Elapsed.TotalSeconds:0.0} s");
        run.EnsureSuccess();

        Assert.Contains($"direct rows: {ClayFakeServer.RowTotal}", run.Output, StringComparison.Ordinal);
        Assert.Contains("di workspaces: 1", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            [
                "/v3/tables/t_consumer/count claysession=" + ConsumerProject.DirectSession,
                "/v3/my-workspaces claysession=" + ConsumerProject.DependencyInjectionSession,
            ],
            clay.PathsAndCookies);
    }
}
