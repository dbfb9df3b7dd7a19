using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>Tools for sources, what feeds rows into tables (webhooks, actions, manual).</summary>
internal sealed class SourceTools(ClayToolContext context)
{
    private const int MaxLimit = 500;

    [McpServerTool(Name = "list_sources", Title = "List sources", ReadOnly = true, Idempotent = true)]
    [Description("Lists a table's sources (\"List all sources in a table\"), or every source of the workspace when no table is given, paged. No credits.")]
    public async Task<string> ListSourcesAsync(
        [Description("The table id (t_...); default: every source of the workspace.")] string? tableId = null,
        [Description("The workspace id when no table is given; default: the one `clay mcp` was started with.")] long? workspaceId = null,
        [Description("The position of the first source to return (from a previous page's nextOffset).")] int offset = 0,
        [Description("How many sources to return (1-500).")] int limit = 100,
        CancellationToken cancellationToken = default)
    {
        ToolPage.Check(offset, limit, MaxLimit);
        List<Source> sources;
        if (string.IsNullOrWhiteSpace(tableId))
        {
            sources = await context.Clay.Sources.ListSourcesAsync(null, context.Workspace(workspaceId), cancellationToken);
        }
        else
        {
            ClayArgs.RequireId(tableId, nameof(tableId), "t_");
            sources = [.. await context.Clay.Sources.ListTableSourcesAsync(tableId, cancellationToken)];
        }

        var items = sources.Where(s => s is not null).ToList();
        return ToolJson.Serialize(ToolPage.Of("list_sources", "sources", items, offset, limit, Shape));
    }

    [McpServerTool(Name = "get_source", Title = "Get a source", ReadOnly = true, Idempotent = true)]
    [Description("Reads one source: its type, table, settings, state and, for a webhook, the URL to post rows to. No credits.")]
    public async Task<string> GetSourceAsync(
        [Description("The source id (s_...).")] string sourceId,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(sourceId, nameof(sourceId), "s_");
        var source = (await context.Clay.Sources.GetSourceAsync(sourceId, cancellationToken)).Source;
        return ToolJson.Serialize(source);
    }

    [McpServerTool(Name = "create_source", Title = "Create a source", Idempotent = false)]
    [Description("Creates a source that feeds rows into a table (a webhook gets a URL to post rows to). Not idempotent: calling it twice makes two sources. No credits.")]
    public async Task<string> CreateSourceAsync(
        [Description("The source's name.")] string name,
        [Description("The source's type: webhook, v3-action or manual (Clay accepts more over time).")] string type,
        [Description("The table (t_...) it feeds.")] string tableId,
        [Description("The source's typeSettings as a JSON object (e.g. {\"description\": \"Inbound leads\"}).")] JsonElement? typeSettings = null,
        [Description("The workspace id; default: the one `clay mcp` was started with.")] long? workspaceId = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireText(name, nameof(name));
        ClayArgs.RequireText(type, nameof(type));
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        var request = new CreateSourceRequest
        {
            Name = name,
            Type = type.Trim(),
            TableId = tableId,
            WorkspaceId = context.Workspace(workspaceId),
            TypeSettings = typeSettings is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } settings
                ? ToolValues.ToObject<SourceTypeSettings>(settings, nameof(typeSettings))
                : null,
        };
        var source = (await context.Clay.Sources.CreateSourceAsync(request, cancellationToken)).Source;
        return ToolJson.Serialize(source is null ? new { name } : Shape(source));
    }

    private static object Shape(Source source) => new
    {
        id = source.Id,
        name = source.Name,
        type = source.Type,
        tableId = source.TableId,
        workspaceId = source.WorkspaceId,
        webhookUrl = source.WebhookUrl,
    };
}
