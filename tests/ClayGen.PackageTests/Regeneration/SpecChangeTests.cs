using ClayGen.PackageTests.ApiCompatibility;

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
    public async Task Removing_a_property_in_the_spec_fails_the_pack_and_adding_an_operation_does_not()
    {
        using var copy = new LibraryCopy();
        var spec = await File.ReadAllTextAsync(copy.SpecFile);
        spec = SpecEdit.AddPath(spec, DuplicateTable);
        spec = SpecEdit.RemoveProperty(spec, "Workspace", "name");
        await File.WriteAllTextAsync(copy.SpecFile, spec);

        var pack = await copy.PackAsync();
        output.WriteLine($"Packed the edited copy in {pack.Elapsed.TotalSeconds:0.0} s.");
        output.WriteLine(pack.Output);

        // The new operation is generated (a member added to ITablesClient and TablesClient), and
        // package validation reports the removed property, and nothing else, as a break of 0.1.0.
        Assert.Contains("DuplicateTableAsync", await File.ReadAllTextAsync(copy.GeneratedClient), StringComparison.Ordinal);
        Assert.NotEqual(0, pack.ExitCode);
        var breaks = PackageValidationOutput.Breaks(pack.Output);
        Assert.Contains(breaks, b => b.StartsWith("CP0002: ", StringComparison.Ordinal) && b.Contains(" ClayGen.Workspace.Name.get'", StringComparison.Ordinal));
        Assert.Contains(breaks, b => b.StartsWith("CP0002: ", StringComparison.Ordinal) && b.Contains(" ClayGen.Workspace.Name.set'", StringComparison.Ordinal));
        Assert.All(breaks, b => Assert.Contains("ClayGen.Workspace.Name", b, StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_a_property_takes_its_whole_block_and_nothing_else()
    {
        const string yaml = "components:\n  schemas:\n    Workspace:\n      type: object\n      properties:\n        id:\n          type: integer\n        name:\n          type: string\n          nullable: true\n\n    Other:\n      type: object";

        var edited = SpecEdit.RemoveProperty(yaml, "Workspace", "name");

        Assert.Equal("components:\n  schemas:\n    Workspace:\n      type: object\n      properties:\n        id:\n          type: integer\n\n    Other:\n      type: object", edited);
    }
}
