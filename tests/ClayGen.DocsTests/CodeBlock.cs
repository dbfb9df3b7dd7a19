using System.Text;

namespace ClayGen.DocsTests;

/// <summary>A fenced code block of a Markdown file.</summary>
/// <param name="File">The file, relative to the repository root.</param>
/// <param name="Line">The 1-based line of the block's first code line.</param>
/// <param name="Language">The fence's info string (<c>csharp</c>, <c>bash</c>, ...), lower-cased; empty when none.</param>
/// <param name="Code">The block's text.</param>
internal sealed record CodeBlock(string File, int Line, string Language, string Code)
{
    public string Name => $"{File}:{Line}";

    public static IEnumerable<CodeBlock> Read(string relativePath)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(DocumentationFiles.Root, relativePath));
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].TrimStart();
            if (!open.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = lines[i].Length - open.Length;
            var language = open[3..].Trim().ToLowerInvariant();
            var code = new StringBuilder();
            var start = i + 2;
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                // Blocks inside list items are indented; the indent is Markdown's, not the code's.
                var line = lines[i];
                code.AppendLine(line.Length >= indent && string.IsNullOrWhiteSpace(line[..indent]) ? line[indent..] : line.TrimStart());
            }

            yield return new CodeBlock(relativePath, start, language, code.ToString());
        }
    }
}
