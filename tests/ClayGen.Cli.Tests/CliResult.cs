using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Standard output parsed as JSON (fails the test when it is not).</summary>
    public JsonNode Json => JsonNode.Parse(Output) ?? throw new InvalidOperationException("stdout was JSON null");

    /// <summary>The non-empty lines of standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
