using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.Packaging;

/// <summary>
/// The README's "install it as a tool" path, for real: pack the CLI, install the package with
/// <c>dotnet tool install</c> from a fresh packages folder, and run the installed <c>clay</c> shim.
/// </summary>
[Collection(PackedProjectsCollection.Name)]
public sealed class CliToolPackageTests(PackedProjects packs, ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Package")]
    public async Task The_packed_clay_tool_installs_and_runs_the_tour_with_its_embedded_sandbox()
    {
        using var work = new TemporaryDirectory("tool");
        var toolPath = work.Combine("tools");
        var fresh = new Dictionary<string, string> { ["NUGET_PACKAGES"] = work.Combine("packages") };
        var packed = await packs.PackAsync(Path.Combine(RepositoryLayout.Root, "src", "ClayGen.Cli", "ClayGen.Cli.csproj"), output);
        var (feed, version) = (packed.Feed, packed.Version);

        var package = PackageContents.Read(packed.Package("ClayGen.Cli"));
        Assert.Contains(package.Files, f => f.EndsWith("/clay.dll", StringComparison.Ordinal));
        Assert.Contains(package.Files, f => f.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        // The sandbox runs on ASP.NET Core's shared framework; WireMock.Net (about 40 assemblies) stays with the contract tests.
        Assert.Contains(package.Files, f => f.EndsWith("/ClayGen.Sandbox.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Files, f => f.Contains("WireMock", StringComparison.OrdinalIgnoreCase));

        var install = await DotNetCli.RunAsync(
            work.Path,
            ["tool", "install", "ClayGen.Cli", "--tool-path", toolPath, "--add-source", feed, "--version", version],
            TimeSpan.FromMinutes(10),
            fresh);
        output.WriteLine($"install: {install.Elapsed.TotalSeconds:0.0} s");
        install.EnsureSuccess();

        var shim = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "clay.exe" : "clay");
        Assert.True(File.Exists(shim), $"dotnet tool install did not create {shim}.");

        // The shim is an apphost: it finds the runtime through DOTNET_ROOT when dotnet is not installed globally.
        var runtime = new Dictionary<string, string> { ["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(DotNetCli.HostPath)) ?? "" };
        var versionRun = await DotNetCli.RunProgramAsync(shim, work.Path, ["--version"], TimeSpan.FromMinutes(10), runtime);
        versionRun.EnsureSuccess();
        Assert.StartsWith(version, versionRun.Output.Trim(), StringComparison.Ordinal);

        var tour = await DotNetCli.RunProgramAsync(shim, work.Path, ["tour"], TimeSpan.FromMinutes(10), runtime);
        output.WriteLine($"tour: {tour.Elapsed.TotalSeconds:0.0} s");
        tour.EnsureSuccess();
        Assert.Contains("ClayGen tour", tour.Output, StringComparison.Ordinal);
        Assert.Contains("/v3/tables/", tour.Output, StringComparison.Ordinal);
        Assert.Matches(@"Done: \d+ steps, \d+ requests", tour.Output);
        Assert.DoesNotContain("sandbox-password", tour.Output, StringComparison.Ordinal);
    }
}
