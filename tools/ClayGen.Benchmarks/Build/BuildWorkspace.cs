using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ClayGen.Benchmarks.Build;

/// <summary>
/// A copy of what building src/ClayGen needs (root props, nswag.json, spec, the library, .git/config),
/// plus a plain class library under the same Directory.Build.props, in one temporary folder kept across
/// BenchmarkDotNet's processes. Files are copied only when their content differs, so a synced copy
/// stays up to date and its next build is a real no-op. The real spec is never touched.
/// </summary>
public sealed partial class BuildWorkspace
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", "nswag.json", ".editorconfig", "README.md"];
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private readonly string _repository;

    private BuildWorkspace(string repository, string root)
    {
        _repository = repository;
        Root = root;
    }

    /// <summary>The workspace folder.</summary>
    public string Root { get; }

    /// <summary>The copied src/ClayGen project.</summary>
    public string ClayGenProject => Path.Combine(Root, "src", "ClayGen", "ClayGen.csproj");

    /// <summary>The plain class library.</summary>
    public string PlainProject => Path.Combine(Root, "tools", "PlainLibrary", "PlainLibrary.csproj");

    /// <summary>The copied spec.</summary>
    public string Spec => Path.Combine(Root, "spec", "openapi.yaml");

    /// <summary>Syncs the workspace from the repository (the default folder is shared by every process of a run).</summary>
    /// <param name="repository">The repository root.</param>
    /// <param name="root">Where the workspace lives; default a fixed folder under the temp path.</param>
    public static BuildWorkspace Sync(string repository, string? root = null)
    {
        var workspace = new BuildWorkspace(repository, root ?? Path.Combine(Path.GetTempPath(), "claygen-build-bench"));
        workspace.SyncFiles();
        return workspace;
    }

    /// <summary>Runs <c>dotnet build</c> on a project (Debug, restore included, as a developer types it).</summary>
    /// <param name="project">The project file.</param>
    /// <returns>The exit code (always 0: a failure throws).</returns>
    /// <exception cref="InvalidOperationException">The build failed or took more than 5 minutes.</exception>
    public int Build(string project)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // No lingering MSBuild nodes: they would outlive the benchmark and hold its output pipes.
        foreach (var argument in new[] { "build", project, "-nologo", "-v:q", "-nodeReuse:false", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        // Set when this process runs under an SDK command; a build must pick its own.
        foreach (var inherited in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(inherited);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The timed overload returns at exit without waiting for output pipes a compiler server may still hold.
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet build {project} took more than {BuildTimeout.TotalMinutes} minutes.");
        }

        return process.ExitCode == 0
            ? 0
            : throw new InvalidOperationException($"dotnet build {project} failed ({process.ExitCode}):{Environment.NewLine}{Tail(output)}");
    }

    /// <summary>
    /// Edits the copy of the spec the way a developer would: the first operation summary gains or loses a
    /// suffix, so the generated code (its XML docs) changes and the library recompiles.
    /// </summary>
    public void EditSpec()
    {
        var text = File.ReadAllText(Spec);
        var match = FirstSummary().Match(text);
        if (!match.Success)
        {
            throw new InvalidOperationException("The spec has no operation summary to edit.");
        }

        var line = match.Value;
        var edited = line.EndsWith(" (edited)", StringComparison.Ordinal) ? line[..^" (edited)".Length] : line + " (edited)";
        File.WriteAllText(Spec, string.Concat(text.AsSpan(0, match.Index), edited, text.AsSpan(match.Index + match.Length)));
    }

    /// <summary>Edits a source file of the plain library (a comment), so it recompiles.</summary>
    public void EditPlainSource()
    {
        var file = Path.Combine(Root, "tools", "PlainLibrary", "Widget0.cs");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Contains("// edited", StringComparison.Ordinal) ? text.Replace("// edited\n", string.Empty, StringComparison.Ordinal) : "// edited\n" + text);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length <= 4000 ? text : text[^4000..];
        }
    }

    private static void WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    [GeneratedRegex(@"(?m)^ {6}summary: [^\r\n]+")]
    private static partial Regex FirstSummary();

    private void SyncFiles()
    {
        foreach (var file in RootFiles)
        {
            CopyFile(Path.Combine(_repository, file), Path.Combine(Root, file));
        }

        CopyFile(Path.Combine(_repository, ".git", "config"), Path.Combine(Root, ".git", "config"));
        CopyTree(Path.Combine(_repository, "spec"), Path.Combine(Root, "spec"));
        CopyTree(Path.Combine(_repository, "src", "ClayGen"), Path.Combine(Root, "src", "ClayGen"));
        WritePlainLibrary();
    }

    private static void CopyFile(string source, string target)
    {
        if (File.Exists(source))
        {
            WriteIfChanged(target, File.ReadAllBytes(source));
        }
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }

            CopyFile(file, Path.Combine(target, relative));
        }
    }

    private void WritePlainLibrary()
    {
        var folder = Path.Combine(Root, "tools", "PlainLibrary");
        WriteIfChanged(Path.Combine(folder, "PlainLibrary.csproj"), Encoding.UTF8.GetBytes(
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <RootNamespace>PlainLibrary</RootNamespace>
              </PropertyGroup>
            </Project>

            """));

        // A plain class library under the same Directory.Build.props: a few types, no generator, no packages.
        for (var i = 0; i < 20; i++)
        {
            WriteIfChanged(Path.Combine(folder, $"Widget{i}.cs"), Encoding.UTF8.GetBytes(
                $$"""
                namespace PlainLibrary;

                public sealed class Widget{{i}}
                {
                    public string Name { get; init; } = "widget {{i}}";

                    public int Size { get; init; } = {{i}};

                    public override string ToString() => Name + " (" + Size + ")";
                }

                """));
        }
    }
}
