namespace ClayGen.PackageTests.ApiCompatibility;

public sealed class ApiDiffTests
{
    [Fact]
    public void The_unified_text_shows_removed_and_added_lines_with_context_and_their_type()
    {
        var before = string.Join('\n', "namespace ClayGen", "{", "    public class Workspace", "    {", "        public int Id { get; set; }", "        public string? Name { get; set; }", "    }", "}");
        var after = before.Replace("public string? Name", "public string Name", StringComparison.Ordinal);

        var text = ApiDiff.Compute(before, after).ToUnifiedText("before.txt", "after.txt", context: 1);

        Assert.Equal(
            """
            --- before.txt
            +++ after.txt
            @@ -5,3 +5,3 @@ ClayGen.Workspace
                     public int Id { get; set; }
            -        public string? Name { get; set; }
            +        public string Name { get; set; }
                 }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Distant_changes_get_separate_hunks()
    {
        var before = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"line {i}"));
        var after = before.Replace("line 2\n", "line two\n", StringComparison.Ordinal).Replace("line 28\n", "", StringComparison.Ordinal);

        var diff = ApiDiff.Compute(before, after);
        var text = diff.ToUnifiedText(context: 2);

        Assert.Equal(2, text.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(["-line 2", "+line two", "-line 28"], diff.Changes.Select(l => l.ToString()));
    }
}
