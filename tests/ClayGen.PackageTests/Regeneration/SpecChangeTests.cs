using ClayGen.PackageTests.ApiCompatibility;
using ClayGen.PackageTests.Infrastructure;

namespace ClayGen.PackageTests.Regeneration;

public sealed class SpecChangeTests(ITestOutputHelper output)
{
    private const string DuplicateTable = """
          /v3/tables/{tableId}/duplicate:
            post:
              tags: [Tables]
              operationId: duplicateTable
              x-clay-idempotent: false
              summary: Duplicate a table with its fields and views.
              parameters:
                - $ref: "#/components/parameters/TableId"
              responses:
                "200":
                  description: The copy.
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/TableResponse"
                "401":
                  $ref: "#/components/responses/Unauthorized"
                "404":
                  $ref: "#/components/responses/NotFound"
                default:
                  $ref: "#/components/responses/UnexpectedError"
        """;

    [Fact]
    public async Task Adding_an_operation_and_removing_a_property_in_the_spec_regenerates_a_breaking_API()
    {
        using var copy = new LibraryCopy();
        var spec = await File.ReadAllTextAsync(copy.SpecFile);
        spec = SpecEdit.AddPath(spec, DuplicateTable);
        spec = SpecEdit.RemoveProperty(spec, "Workspace", "name");
        await File.WriteAllTextAsync(copy.SpecFile, spec);

        var (build, after) = await copy.BuildAsync();
        var before = PublicApiSnapshot.Of(typeof(ClayClient).Assembly);
        var diff = ApiDiff.Compute(before, after);
        var report = ApiChangeClassifier.Classify(diff);
        output.WriteLine($"Built the edited copy in {build.Elapsed.TotalSeconds:0.0} s.");
        output.WriteLine(report.Summarize(RepositoryLayout.VersionPrefix));
        output.WriteLine(diff.ToUnifiedText("current library", "edited spec"));

        Assert.Contains("DuplicateTableAsync", await File.ReadAllTextAsync(copy.GeneratedClient), StringComparison.Ordinal);
        Assert.Equal(ApiChangeKind.Major, report.Kind);
        Assert.Contains(report.Breaking, c => c.Description == "removed from ClayGen.Workspace: public string Name { get; set; }");
        Assert.Contains(report.Additions, c => c.Description.StartsWith("added to ClayGen.ITablesClient: ", StringComparison.Ordinal) && c.Description.Contains(" DuplicateTableAsync(string tableId", StringComparison.Ordinal));
        Assert.All(report.Breaking, c => Assert.Contains("ClayGen.Workspace", c.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_a_property_takes_its_whole_block_and_nothing_else()
    {
        const string yaml = "components:\n  schemas:\n    Workspace:\n      type: object\n      properties:\n        id:\n          type: integer\n        name:\n          type: string\n          nullable: true\n\n    Other:\n      type: object";

        var edited = SpecEdit.RemoveProperty(yaml, "Workspace", "name");

        Assert.Equal("components:\n  schemas:\n    Workspace:\n      type: object\n      properties:\n        id:\n          type: integer\n\n    Other:\n      type: object", edited);
    }
}
