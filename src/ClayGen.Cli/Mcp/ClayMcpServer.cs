using System.Reflection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>
/// The MCP server of <c>clay mcp</c>: the tools the permissions allow, over standard input and output. A call to a
/// tool the permissions withhold gets a tool error naming the flag that allows it, so the model can tell the user.
/// </summary>
internal static class ClayMcpServer
{
    public const string Instructions =
        "Tools for Clay (clay.com) through ClayGen: workspaces, tables, fields, records, enrichment runs, exports, sources and credit reports. " +
        "Ids carry their kind: t_ table, f_ field, gv_ view, r_ record, s_ source. Start with list_tables or get_table. " +
        "Lists come a page at a time: when nextOffset is set, call the tool again with offset=nextOffset. " +
        "Tools that change data need `clay mcp --allow-writes`; tools that spend credits also need --allow-runs.";

    public static McpServerOptions CreateOptions(ClayToolContext context, McpPermissions permissions, TimeProvider time)
    {
        var served = new McpServerPrimitiveCollection<McpServerTool>();
        var withheld = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tool, kind) in McpToolCatalog.Create(context, time))
        {
            if (permissions.Refusal(kind) is { } refusal)
            {
                withheld[tool.ProtocolTool.Name] = refusal;
            }
            else
            {
                served.Add(tool);
            }
        }

        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "clay", Version = Version() },
            ServerInstructions = Instructions,
            ToolCollection = served,
        };

        // Only tools missing from the collection reach this handler.
        options.Handlers.CallToolHandler = (request, _) =>
        {
            var name = request.Params?.Name ?? string.Empty;
            return withheld.TryGetValue(name, out var refusal)
                ? ValueTask.FromResult(ToolErrors.Error($"{name} is not allowed: {refusal}"))
                : throw new McpProtocolException($"Unknown tool: '{name}'", McpErrorCode.InvalidParams);
        };
        options.Filters.Request.CallToolFilters.Add(ToolErrors.Filter(context));
        return options;
    }

    /// <summary>Serves until the client closes standard input or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunAsync(McpServerOptions options, CancellationToken cancellationToken)
    {
        await using var transport = new StdioServerTransport(options);
        await using var server = McpServer.Create(transport, options);
        await server.RunAsync(cancellationToken);
    }

    private static string Version() =>
        typeof(ClayMcpServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
