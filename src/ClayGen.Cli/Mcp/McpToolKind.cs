namespace ClayGen.Cli.Mcp;

/// <summary>What a tool does to the account, which decides the flag it needs.</summary>
internal enum McpToolKind
{
    /// <summary>Reads only (its annotation says ReadOnly); always served.</summary>
    Read,

    /// <summary>Creates, changes or deletes data; served with <c>--allow-writes</c>.</summary>
    Write,

    /// <summary>Spends credits (marked <see cref="SpendsCreditsAttribute"/>); served with <c>--allow-writes --allow-runs</c>.</summary>
    Run,
}
