using System.Reflection;
using ClayGen.Sandbox;

namespace ClayGen.DocsTests;

/// <summary>Console output and the working folder are the process's own: nothing else runs beside these tests.</summary>
[CollectionDefinition(nameof(ProcessStateCollection), DisableParallelization = true)]
public sealed class ProcessStateCollection;

/// <summary>
/// The README's "whole job" block does what it says when run as written: against an in-memory sandbox
/// whose runs and exports finish at once, it creates the table and its columns, enriches the row,
/// prints it back, writes the CSV and deletes the table.
/// </summary>
[Collection(nameof(ProcessStateCollection))]
public sealed class ReadmeJobTests
{
    [Fact]
    public async Task The_whole_job_in_the_readme_runs_against_the_sandbox()
    {
        var block = WholeJobBlock();
        var options = new ClaySandboxOptions { RunQueuedFor = TimeSpan.Zero, RunRunningFor = TimeSpan.Zero, ExportDelay = TimeSpan.Zero };
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(options);
        using var clay = new ClayClient(new ClayClientOptions
        {
            BaseAddress = sandbox.BaseAddress,
            Session = ClaySession.FromCookie(sandbox.Session),
            PrimaryHandler = sandbox.CreateHandler(),
        });
        var tablesBefore = (await clay.Tables.ListTablesAsync(sandbox.WorkspaceId)).Results.Count;

        var snippet = Activator.CreateInstance(SnippetCompiler.Load(block).GetType("Snippets.Snippet", throwOnError: true)!)!;
        SetContext(snippet, "clay", clay);
        SetContext(snippet, "workspaceId", sandbox.WorkspaceId);

        var folder = Directory.CreateTempSubdirectory("claygen-readme-job-");
        var printed = new StringWriter();
        var (previousFolder, previousOut) = (Environment.CurrentDirectory, Console.Out);
        try
        {
            Environment.CurrentDirectory = folder.FullName;
            Console.SetOut(printed);
            await (Task)snippet.GetType().GetMethod("RunAsync")!.Invoke(snippet, null)!;
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousFolder;
        }

        // One row printed back with its domain and a finished enrichment.
        var line = Assert.Single(printed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("acme.com: ", line, StringComparison.Ordinal);
        Assert.EndsWith("[SUCCESS]", line, StringComparison.Ordinal);

        // The export holds the row, under the table's column names.
        var csv = await File.ReadAllLinesAsync(Path.Combine(folder.FullName, "leads.csv"));
        Assert.Contains("Domain", csv[0], StringComparison.Ordinal);
        Assert.Contains("Company", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv.Skip(1), row => row.Contains("acme.com", StringComparison.Ordinal));

        // And the table it made is gone again.
        Assert.Equal(tablesBefore, (await clay.Tables.ListTablesAsync(sandbox.WorkspaceId)).Results.Count);
        folder.Delete(recursive: true);
    }

    private static CodeBlock WholeJobBlock()
    {
        var heading = Array.FindIndex(File.ReadAllLines(Path.Combine(DocumentationFiles.Root, "README.md")), l => l.StartsWith("## The whole job", StringComparison.Ordinal));
        Assert.True(heading >= 0, "README.md has no \"## The whole job\" section");
        return CodeBlock.Read("README.md").First(b => b.Line > heading + 1 && b.Language == "csharp");
    }

    private static void SetContext(object snippet, string name, object value) =>
        snippet.GetType().BaseType!.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(snippet, value);
}
