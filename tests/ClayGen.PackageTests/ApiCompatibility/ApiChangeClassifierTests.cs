namespace ClayGen.PackageTests.ApiCompatibility;

public sealed class ApiChangeClassifierTests
{
    private const string Before = """
        namespace ClayGen
        {
            public class Workspace
            {
                public Workspace() { }
                [Newtonsoft.Json.JsonProperty("id")]
                public int Id { get; set; }
                [Newtonsoft.Json.JsonProperty("name")]
                public string? Name { get; set; }
            }
            public interface ITablesClient
            {
                System.Threading.Tasks.Task<ClayGen.RowCount> CountRowsAsync(string tableId, System.Threading.CancellationToken cancellationToken = default);
            }
        }
        """;

    [Fact]
    public void An_identical_API_is_no_change()
    {
        var report = ApiChangeClassifier.Classify(ApiDiff.Compute(Before, Before));

        Assert.Equal(ApiChangeKind.None, report.Kind);
        Assert.Empty(report.Changes);
    }

    [Fact]
    public void An_added_member_is_a_minor_change()
    {
        var after = Before.Replace(
            "        System.Threading.Tasks.Task<ClayGen.RowCount> CountRowsAsync",
            "        System.Threading.Tasks.Task DuplicateTableAsync(string tableId, System.Threading.CancellationToken cancellationToken = default);\n        System.Threading.Tasks.Task<ClayGen.RowCount> CountRowsAsync",
            StringComparison.Ordinal);

        var report = ApiChangeClassifier.Classify(ApiDiff.Compute(Before, after));

        Assert.Equal(ApiChangeKind.Minor, report.Kind);
        var change = Assert.Single(report.Changes);
        Assert.StartsWith("added to ClayGen.ITablesClient: System.Threading.Tasks.Task DuplicateTableAsync(", change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_property_is_a_major_change_reported_once_with_its_attribute()
    {
        var after = Before.Replace(
            "        [Newtonsoft.Json.JsonProperty(\"name\")]\n        public string? Name { get; set; }\n",
            "",
            StringComparison.Ordinal);

        var report = ApiChangeClassifier.Classify(ApiDiff.Compute(Before, after));

        Assert.NotEqual(Before, after);
        Assert.Equal(ApiChangeKind.Major, report.Kind);
        Assert.Equal("removed from ClayGen.Workspace: public string? Name { get; set; }", Assert.Single(report.Changes).Description);
    }

    [Fact]
    public void A_changed_signature_is_a_major_change_paired_by_name()
    {
        var after = Before.Replace("CountRowsAsync(string tableId,", "CountRowsAsync(string tableId, bool exact,", StringComparison.Ordinal);

        var report = ApiChangeClassifier.Classify(ApiDiff.Compute(Before, after));

        Assert.Equal(ApiChangeKind.Major, report.Kind);
        var change = Assert.Single(report.Changes);
        Assert.StartsWith("changed in ClayGen.ITablesClient: System.Threading.Tasks.Task<ClayGen.RowCount> CountRowsAsync(string tableId, System.Threading", change.Description, StringComparison.Ordinal);
        Assert.Contains("=>  System.Threading.Tasks.Task<ClayGen.RowCount> CountRowsAsync(string tableId, bool exact,", change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_attribute_on_a_kept_member_is_a_major_change()
    {
        var after = Before.Replace("JsonProperty(\"id\")", "JsonProperty(\"workspaceId\")", StringComparison.Ordinal);

        var report = ApiChangeClassifier.Classify(ApiDiff.Compute(Before, after));

        Assert.Equal(ApiChangeKind.Major, report.Kind);
        Assert.Contains("on public int Id { get; set; }", Assert.Single(report.Changes).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_type_is_a_major_change()
    {
        var start = Before.IndexOf("    public interface ITablesClient", StringComparison.Ordinal);
        var end = Before.LastIndexOf("    }", StringComparison.Ordinal) + "    }\n".Length;
        var after = Before.Remove(start, end - start);

        var report = ApiChangeClassifier.Classify(ApiDiff.Compute(Before, after));

        Assert.Equal(ApiChangeKind.Major, report.Kind);
        Assert.Contains(report.Breaking, c => c.Description == "removed from ClayGen: public interface ITablesClient");
    }

    [Theory]
    [InlineData("System.Threading.Tasks.Task<ClayGen.RowCount> CountRowsAsync(string tableId)", "CountRowsAsync")]
    [InlineData("public string? Name { get; set; }", "Name")]
    [InlineData("public sealed class ClayClient : System.IDisposable", "ClayClient")]
    [InlineData("public const string CookieName = \"claysession\";", "CookieName")]
    [InlineData("public static System.Collections.Generic.IAsyncEnumerable<string> Stream<T>(T value) { }", "Stream")]
    [InlineData("[Newtonsoft.Json.JsonProperty(\"name\")]", "[Newtonsoft.Json.JsonProperty")]
    public void The_declared_name_is_the_identifier_being_declared(string line, string name) =>
        Assert.Equal(name, ApiChangeClassifier.DeclaredName(line));

    [Theory]
    [InlineData("0.1.0", ApiChangeKind.Major, "1.0.0")]
    [InlineData("0.1.0", ApiChangeKind.Minor, "0.2.0")]
    [InlineData("0.1.0", ApiChangeKind.None, "0.1.1")]
    [InlineData("2.3.4-beta.1", ApiChangeKind.Minor, "2.4.0")]
    public void The_next_version_follows_the_kind_of_change(string current, ApiChangeKind kind, string next) =>
        Assert.Equal(next, SemanticVersion.Next(current, kind));
}
