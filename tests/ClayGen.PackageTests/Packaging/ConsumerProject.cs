namespace ClayGen.PackageTests.Packaging;

/// <summary>
/// A console app that uses ClayGen only through its package: one call through <c>new ClayClient</c>,
/// one through <c>AddClayClient</c>. It restores from its own nuget.config into its own packages folder.
/// </summary>
public static class ConsumerProject
{
    public const string DirectSession = "s%3Aconsumer-direct.signature";
    public const string DependencyInjectionSession = "s%3Aconsumer-di.signature";

    private const string Program = """
        using ClayGen;
        using Microsoft.Extensions.DependencyInjection;

        var baseAddress = new Uri(args[0]);

        using (var clay = new ClayClient(new ClayClientOptions
        {
            BaseAddress = baseAddress,
            Session = ClaySession.FromCookie("DIRECT_SESSION"),
            MaxRetries = 0,
        }))
        {
            var rows = await clay.Tables.CountRowsAsync("t_consumer");
            Console.WriteLine($"direct rows: {rows.Total}");
        }

        var services = new ServiceCollection();
        services.AddClayClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.Session = ClaySession.FromCookie("DI_SESSION");
            options.MaxRetries = 0;
        });
        await using var provider = services.BuildServiceProvider();
        var workspaces = await provider.GetRequiredService<IWorkspacesClient>().ListWorkspacesAsync();
        Console.WriteLine($"di workspaces: {workspaces.Results?.Count}");
        """;

    /// <summary>Writes the project into <paramref name="directory"/>.</summary>
    /// <param name="directory">An empty folder outside the repository.</param>
    /// <param name="feed">The folder holding the freshly packed ClayGen package.</param>
    /// <param name="packagesFolder">The fresh global packages folder to restore into.</param>
    /// <param name="version">The ClayGen version to reference.</param>
    /// <param name="fallbackFolder">A packages folder to take third-party packages from without downloading, if any.</param>
    public static string Write(string directory, string feed, string packagesFolder, string version, string? fallbackFolder)
    {
        // Stop MSBuild's upward search for build props at this folder.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");

        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{packagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="claygen-under-test" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <!-- ClayGen may only come from the freshly packed feed. -->
              <packageSourceMapping>
                <packageSource key="claygen-under-test">
                  <package pattern="ClayGen" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
              <fallbackPackageFolders>
                <clear />
                {(fallbackFolder is null ? "" : $"<add key=\"machine\" value=\"{fallbackFolder}\" />")}
              </fallbackPackageFolders>
            </configuration>
            """);

        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <!-- The package must not push warnings onto its consumers. -->
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ClayGen" Version="[{version}]" />
              </ItemGroup>
            </Project>
            """);

        File.WriteAllText(
            Path.Combine(directory, "Program.cs"),
            Program.Replace("DIRECT_SESSION", DirectSession, StringComparison.Ordinal).Replace("DI_SESSION", DependencyInjectionSession, StringComparison.Ordinal));
        return Path.Combine(directory, "Consumer.csproj");
    }
}
