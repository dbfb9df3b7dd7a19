using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.ApiCompatibility;

public sealed class PublicApiSnapshotTests(ITestOutputHelper output)
{
    public static TheoryData<string> Packages => ["ClayGen", "ClayGen.Sandbox"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_API_matches_the_approved_snapshot(string package)
    {
        var assembly = package switch
        {
            "ClayGen" => typeof(ClayClient).Assembly,
            "ClayGen.Sandbox" => typeof(ClayGen.Sandbox.ClaySandbox).Assembly,
            _ => throw new ArgumentOutOfRangeException(nameof(package), package, "Not a package of this repository."),
        };
        var current = PublicApiSnapshot.Of(assembly);
        var approvedFile = RepositoryLayout.ApprovedApiFile(package);
        var approved = File.Exists(approvedFile) ? PublicApiSnapshot.Normalize(File.ReadAllText(approvedFile)) : "";

        if (approved == current)
        {
            return;
        }

        if (approved.Length == 0 && !PublicApiSnapshot.AcceptRequested)
        {
            Assert.Fail($"There is no approved public API at {approvedFile}. Create it: {PublicApiSnapshot.AcceptVariable}=1 dotnet test tests/ClayGen.PackageTests --filter \"FullyQualifiedName~PublicApiSnapshotTests\"");
        }

        var relativeFile = Path.GetRelativePath(RepositoryLayout.Root, approvedFile);
        if (PublicApiSnapshot.AcceptRequested)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedFile)!);
            File.WriteAllText(approvedFile, current);
            output.WriteLine($"Accepted the public API into {relativeFile}.");
            output.WriteLine("Describe the change under [Unreleased] in CHANGELOG.md; `dotnet pack` checks it against the released baseline.");
            return;
        }

        Assert.Fail(
            $"The public API differs from {relativeFile}.\n\n" +
            PublicApiSnapshot.ChangedLines(approved, current) + "\n" +
            "Whether it breaks the released version is for package validation to say: `dotnet pack` fails on a break.\n" +
            "If the change is intended, accept it:\n" +
            $"  {PublicApiSnapshot.AcceptVariable}=1 dotnet test tests/ClayGen.PackageTests --filter \"FullyQualifiedName~PublicApiSnapshotTests\"\n" +
            "and describe the change under [Unreleased] in CHANGELOG.md.");
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("true", "", true)]
    [InlineData("1", "true", false)]
    [InlineData("true", "1", false)]
    [InlineData(null, null, false)]
    public void Acceptance_needs_the_variable_and_is_refused_under_CI(string? accept, string? ci, bool expected)
    {
        var environment = new Dictionary<string, string?> { [PublicApiSnapshot.AcceptVariable] = accept, ["CI"] = ci };
        Assert.Equal(expected, PublicApiSnapshot.IsAcceptRequested(name => environment.GetValueOrDefault(name)));
    }
}
