namespace ClayGen.DocsTests;

/// <summary>Every C# block in the docs compiles against the packages as they are now.</summary>
public sealed class CSharpSnippetTests
{
    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var block in CSharpBlocks())
        {
            data.Add(block.Name);
        }

        return data;
    }

    [Fact]
    public void The_docs_have_csharp_snippets_to_check()
    {
        Assert.True(CSharpBlocks().Count() >= 5, $"found only {CSharpBlocks().Count()} C# blocks");
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Every_csharp_snippet_compiles(string name)
    {
        var block = CSharpBlocks().Single(b => b.Name == name);

        var errors = SnippetCompiler.Errors(block);

        Assert.True(errors.Count == 0, $"{name} does not compile:\n{string.Join('\n', errors)}\n--- snippet\n{block.Code}");
    }

    [Fact]
    public void A_snippet_that_does_not_compile_is_caught()
    {
        // The README's sandbox snippet once assigned a string where a ClaySession goes (CS0029).
        var broken = new CodeBlock("example.md", 1, "csharp", "ClaySession session = \"s%3Aabc\";\n");

        Assert.Contains(SnippetCompiler.Errors(broken), e => e.Contains("CS0029", StringComparison.Ordinal));
    }

    private static IEnumerable<CodeBlock> CSharpBlocks() =>
        DocumentationFiles.All().SelectMany(CodeBlock.Read).Where(b => b.Language is "csharp" or "cs" or "c#");
}
