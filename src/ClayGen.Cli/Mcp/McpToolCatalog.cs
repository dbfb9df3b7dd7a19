using System.Reflection;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>Every tool of <c>clay mcp</c>, each with the kind that decides whether a run serves it.</summary>
internal static class McpToolCatalog
{
    public static IReadOnlyList<(McpServerTool Tool, McpToolKind Kind)> Create(ClayToolContext context, TimeProvider time)
    {
        object[] targets =
        [
            new WorkspaceTools(context), new TableTools(context), new FieldTools(context), new RecordTools(context),
            new EnrichmentTools(context), new ExportTools(context), new SourceTools(context), new CreditTools(context, time),
        ];
        var tools = new List<(McpServerTool, McpToolKind)>();
        foreach (var target in targets)
        {
            foreach (var method in target.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<McpServerToolAttribute>() is not { } attribute)
                {
                    continue;
                }

                tools.Add((McpServerTool.Create(method, target), KindOf(method, attribute)));
            }
        }

        return tools;
    }

    private static McpToolKind KindOf(MethodInfo method, McpServerToolAttribute attribute) =>
        method.GetCustomAttribute<SpendsCreditsAttribute>() is not null ? McpToolKind.Run
        : attribute.ReadOnly ? McpToolKind.Read
        : McpToolKind.Write;
}
