namespace ClayGen.Cli.Mcp;

/// <summary>What the user allowed the server's tools to do: reads always; writes and credit-spending runs only when asked for.</summary>
/// <param name="AllowWrites">Tools that change or delete data (<c>--allow-writes</c>).</param>
/// <param name="AllowRuns">Tools that spend credits (<c>--allow-runs</c>, which needs <c>--allow-writes</c> too).</param>
internal sealed record McpPermissions(bool AllowWrites, bool AllowRuns)
{
    /// <summary>Why a tool of this kind is withheld, naming the flag that allows it; <see langword="null"/> when it is allowed.</summary>
    public string? Refusal(McpToolKind kind) => kind switch
    {
        McpToolKind.Read => null,
        McpToolKind.Write when !AllowWrites => "it changes or deletes data in Clay; start `clay mcp` with --allow-writes to allow it.",
        McpToolKind.Run when !AllowWrites || !AllowRuns => "it spends Clay credits; start `clay mcp` with --allow-writes --allow-runs to allow it.",
        _ => null,
    };
}
