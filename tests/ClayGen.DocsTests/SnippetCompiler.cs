using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ClayGen.DocsTests;

/// <summary>
/// Compiles a C# snippet from the docs the way a reader would paste it: statements go into an async
/// method, type declarations into a namespace, and the names the prose assumes (a client, a workspace
/// id, a service collection, ...) come from <see cref="Context"/>.
/// </summary>
internal static partial class SnippetCompiler
{
    // What the docs take as given around a snippet; a snippet's own declarations shadow these.
    private const string Context = """
        namespace Snippets
        {
            internal abstract class SnippetContext
            {
                protected ClayGen.ClayClient clay = null!;
                protected int workspaceId = 712043;
                protected string tableId = "t_abc";
                protected ClayGen.Table table = new();
                protected System.Collections.Generic.IReadOnlyList<System.Collections.Generic.IReadOnlyDictionary<string, object?>> rows = [];
                protected string password = "";
                protected System.Threading.CancellationToken cancellationToken;
                protected long rowsDoneByAnEarlierRun;
                protected Microsoft.Extensions.DependencyInjection.IServiceCollection services = null!;
                protected Microsoft.Extensions.Configuration.IConfiguration configuration = null!;
                protected Microsoft.Extensions.Hosting.HostApplicationBuilder builder = null!;
                protected ClayGen.Sandbox.ClaySandbox sandbox = null!;

                protected static async System.Collections.Generic.IAsyncEnumerable<System.Collections.Generic.IReadOnlyDictionary<string, object?>> ReadRowsAsync()
                {
                    await System.Threading.Tasks.Task.Yield();
                    yield break;
                }

                protected static System.Threading.Tasks.ValueTask SaveProgressAsync(object batch, System.Threading.CancellationToken cancellationToken) => default;
            }

            internal sealed class MyAuditHandler : System.Net.Http.DelegatingHandler
            {
            }
        }
        """;

    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks", "ClayGen", "Microsoft.Extensions.DependencyInjection",
    ];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>The compiler's errors for a snippet, each with its line in the Markdown file; empty when it compiles.</summary>
    public static IReadOnlyList<string> Errors(CodeBlock block) =>
        Compilation(block).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();

    /// <summary>
    /// The snippet compiled into an assembly that can run: statements become <c>Snippets.Snippet.RunAsync</c>,
    /// and the names the prose assumes are the protected fields of its base class, which a test sets first.
    /// </summary>
    public static Assembly Load(CodeBlock block)
    {
        using var image = new MemoryStream();
        var result = Compilation(block).Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{block.Name} does not compile:\n{string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))}");
        }

        return Assembly.Load(image.ToArray());
    }

    private static CSharpCompilation Compilation(CodeBlock block)
    {
        var usings = new StringBuilder();
        var body = new StringBuilder();
        var bodyLine = -1;
        var lines = block.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (bodyLine < 0 && UsingDirective().IsMatch(line))
            {
                usings.AppendLine(line);
                continue;
            }

            if (bodyLine < 0)
            {
                bodyLine = block.Line + i;
            }

            body.AppendLine(line);
        }

        foreach (var name in ImplicitUsings)
        {
            usings.Append("using ").Append(name).AppendLine(";");
        }

        var lineDirective = $"#line {Math.Max(bodyLine, block.Line)} \"{block.File}\"";
        var source = TypeDeclaration().IsMatch(body.ToString())
            ? $"{usings}\nnamespace Snippets\n{{\n{lineDirective}\n{body}\n#line default\n}}\n{Context}"
            : $"{usings}\nnamespace Snippets\n{{\n    internal sealed class Snippet : SnippetContext\n    {{\n        public async Task RunAsync()\n        {{\n{lineDirective}\n{body}\n#line default\n            await Task.CompletedTask;\n        }}\n    }}\n}}\n{Context}";

        return CSharpCompilation.Create(
            "Snippet_" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    [GeneratedRegex(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>]+)?\s*;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^(public\s+|internal\s+)?((sealed|static|abstract|partial|file)\s+)*(class|record|interface|struct|enum)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
