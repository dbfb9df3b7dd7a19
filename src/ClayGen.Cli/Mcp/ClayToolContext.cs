using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Mcp;

/// <summary>What every tool shares: the client, authenticated like any other <c>clay</c> command, and the workspace it defaults to.</summary>
internal sealed class ClayToolContext
{
    private readonly Func<long> _defaultWorkspace;
    private readonly string[] _secrets;

    /// <param name="clay">The client of the command's context (saved session, CLAY_SESSION, API key, or <c>--sandbox</c>).</param>
    /// <param name="defaultWorkspace">The configured workspace (--workspace, CLAY_WORKSPACE, the saved login, the sandbox's); throws when there is none.</param>
    /// <param name="secrets">Credentials of this run (session cookie, API key, password) that must never reach a tool result.</param>
    public ClayToolContext(ClayClient clay, Func<long> defaultWorkspace, IEnumerable<string?> secrets)
    {
        Clay = clay;
        _defaultWorkspace = defaultWorkspace;
        _secrets = [.. secrets.Where(s => !string.IsNullOrEmpty(s)).SelectMany(s => new[] { s!, Uri.UnescapeDataString(s!) }).Distinct(StringComparer.Ordinal)];
    }

    public ClayClient Clay { get; }

    /// <summary>The given workspace, else the configured one.</summary>
    public long Workspace(long? given)
    {
        if (given is { } id)
        {
            return id > 0 ? id : throw new ArgumentException("must be a positive workspace id (list_workspaces shows yours).", "workspaceId");
        }

        try
        {
            return _defaultWorkspace();
        }
        catch (CliUsageException ex) when (!ex.Message.StartsWith("CLAY_WORKSPACE", StringComparison.Ordinal))
        {
            throw new ArgumentException("no workspace is configured: pass workspaceId (list_workspaces shows yours), or start `clay mcp` with --workspace <id> or CLAY_WORKSPACE set.", "workspaceId");
        }
    }

    /// <summary>The table's default view when no view is given (one extra request).</summary>
    public async Task<string> ViewIdAsync(string tableId, string? viewId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(viewId))
        {
            return viewId;
        }

        var table = (await Clay.Tables.GetTableAsync(tableId, cancellationToken)).Table ?? new Table { Id = tableId };
        return DefaultViewId(table);
    }

    /// <summary>The table's first view; unlike <see cref="Table.DefaultViewId"/>, a table without views is an argument error naming viewId.</summary>
    public static string DefaultViewId(Table table) =>
        table.FirstViewId ?? table.Views?.FirstOrDefault()?.Id ?? table.GridViews?.FirstOrDefault()?.Id
        ?? throw new ArgumentException($"table {table.Id} has no views; pass viewId (gv_...).", "viewId");

    /// <summary>The text with every credential of this run replaced, a guard behind the library's own redaction.</summary>
    public string Redact(string text)
    {
        var secrets = Clay.Session?.CookieValue is { Length: > 0 } current ? [.. _secrets, current, Uri.UnescapeDataString(current)] : _secrets;
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "[redacted]", StringComparison.Ordinal);
        }

        return text;
    }
}
