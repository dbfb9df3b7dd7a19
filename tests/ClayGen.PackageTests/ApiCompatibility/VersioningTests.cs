using System.Reflection;
using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.ApiCompatibility;

public sealed class VersioningTests
{
    [Fact]
    public void The_library_version_comes_from_VersionPrefix_in_Directory_Build_props()
    {
        var informational = typeof(ClayClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.StartsWith(RepositoryLayout.VersionPrefix, informational, StringComparison.Ordinal);
    }

    [Fact]
    public void The_changelog_has_an_entry_for_the_current_version()
    {
        var changelog = File.ReadAllText(RepositoryLayout.Changelog);

        Assert.Contains($"## [{RepositoryLayout.VersionPrefix}]", changelog, StringComparison.Ordinal);
    }
}
