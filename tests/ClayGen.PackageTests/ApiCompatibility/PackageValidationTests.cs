namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>
/// Package validation as the repository configures it (Directory.Build.targets), run by the real
/// <c>dotnet pack</c> on a small package released as <see cref="ReleasedWidget.Source"/>.
/// </summary>
public sealed class PackageValidationTests(ReleasedWidget released, ITestOutputHelper output) : IClassFixture<ReleasedWidget>
{
    private const string WithoutMeasure = """
        namespace Widgets;

        public interface IWidget
        {
            string Name { get; }
        }

        public class Widget : IWidget
        {
            public string Name => "widget";
        }
        """;

    private const string WithAdditions = """
        namespace Widgets;

        public interface IWidget
        {
            string Name { get; }

            int Size { get; }
        }

        public class Widget : IWidget
        {
            public string Name => "widget";

            public int Size => 1;

            public int Measure(string text) => text.Length;

            public int Measure(string text, int from) => text.Length - from;
        }

        public sealed class Gadget
        {
        }
        """;

    [Fact]
    public async Task Pack_fails_when_a_public_member_of_the_released_package_is_removed()
    {
        using var package = Adopting();

        var pack = await package.PackAsync(WithoutMeasure);
        output.WriteLine(pack.Output);

        Assert.NotEqual(0, pack.ExitCode);
        var only = Assert.Single(PackageValidationOutput.Breaks(pack.Output));
        Assert.StartsWith("CP0002: Member 'int Widgets.Widget.Measure(string)' exists on [Baseline]", only, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_passes_when_the_package_only_adds_members_an_interface_member_included()
    {
        using var package = Adopting();

        var pack = await package.PackAsync(WithAdditions);
        output.WriteLine(pack.Output);

        pack.EnsureSuccess();
        Assert.Empty(PackageValidationOutput.Breaks(pack.Output));
        Assert.True(File.Exists(package.ValidationSemaphore), "Package validation did not run.");
    }

    [Fact]
    public async Task A_deliberate_break_passes_once_listed_in_the_suppression_file_of_the_api_folder()
    {
        using var package = Adopting();

        var generate = await package.PackAsync(WithoutMeasure, "-p:ApiCompatGenerateSuppressionFile=true");
        output.WriteLine(generate.Output);
        generate.EnsureSuccess();
        Assert.Contains("<Target>M:Widgets.Widget.Measure(System.String)</Target>", File.ReadAllText(package.SuppressionFile), StringComparison.Ordinal);

        // Validation runs again only when its inputs change; forget the last run so this pack checks.
        File.Delete(package.ValidationSemaphore);
        var pack = await package.PackAsync(WithoutMeasure);
        output.WriteLine(pack.Output);

        pack.EnsureSuccess();
        Assert.True(File.Exists(package.ValidationSemaphore), "Package validation did not run.");
    }

    [Fact]
    public async Task Pack_fails_when_the_baseline_package_is_missing()
    {
        using var package = new ValidatedPackage();

        var pack = await package.PackAsync(ReleasedWidget.Source);
        output.WriteLine(pack.Output);

        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains($"No baseline package for {ValidatedPackage.Id} ", pack.Output, StringComparison.Ordinal);
    }

    private ValidatedPackage Adopting()
    {
        var package = new ValidatedPackage();
        package.AdoptBaseline(released.Package);
        return package;
    }
}
