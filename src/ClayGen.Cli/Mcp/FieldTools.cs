using System.ComponentModel;
using System.Text.Json;
using ClayGen.Cli.Commands;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>Tools for a table's fields (columns): add plain or enrichment columns, update, delete.</summary>
internal sealed class FieldTools(ClayToolContext context)
{
    [McpServerTool(Name = "add_field", Title = "Add a column", Idempotent = false)]
    [Description("Adds a plain column (text, number, email, url, date, boolean, select, currency, image) to a table and returns its field id. Not idempotent: calling it twice adds two columns. No credits.")]
    public async Task<string> AddFieldAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The column's name.")] string name,
        [Description("The column's type: text, number, email, url, date, boolean, select, currency or image.")] string type = "text",
        [Description("The view (gv_...) to show it in; default: the table's first view.")] string? viewId = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireText(name, nameof(name));
        var plainType = type?.Trim().ToLowerInvariant() ?? "text";
        if (!FieldCommands.PlainTypes.Contains(plainType, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{type}' is not a column type; use one of {string.Join(", ", FieldCommands.PlainTypes)} (add_enrichment_field adds an enrichment).", nameof(type));
        }

        var request = FieldDefinitions.Plain(name, plainType);
        request.ActiveViewId = await context.ViewIdAsync(tableId, viewId, cancellationToken);
        var field = (await context.Clay.Fields.CreateFieldAsync(tableId, request, cancellationToken)).Field;
        return ToolJson.Serialize(new { tableId, id = field?.Id, name = field?.Name ?? name, type = field?.Type ?? plainType });
    }

    [McpServerTool(Name = "add_enrichment_field", Title = "Add an enrichment column", Idempotent = false)]
    [SpendsCredits]
    [Description(
        "Adds an enrichment column: an integration action (e.g. a company enrichment) whose inputs read other columns. " +
        "Can spend credits: where the table runs new columns automatically, Clay starts it on the existing rows at once. " +
        "Returns its field id; run_enrichment runs it on rows.")]
    public async Task<string> AddEnrichmentFieldAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The column's name.")] string name,
        [Description("The action's key, e.g. clearbit-enrich-company (Clay's integrations list the actions).")] string actionKey,
        [Description("The action's package id (the integration it belongs to).")] string actionPackageId,
        [Description("The action's inputs, each bound to the column it reads: input name -> field id, e.g. {\"domain\": \"f_abc\"}.")] Dictionary<string, string> inputs,
        [Description("The app account (aa_...) the action runs with, when the integration needs one.")] string? authAccountId = null,
        [Description("Run only on rows where this field (f_...) is not empty.")] string? runOnlyWhenSet = null,
        [Description("The view (gv_...) to show it in; default: the table's first view.")] string? viewId = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireText(name, nameof(name));
        ClayArgs.RequireText(actionKey, nameof(actionKey));
        ClayArgs.RequireText(actionPackageId, nameof(actionPackageId));
        if (inputs is null || inputs.Count == 0)
        {
            throw new ArgumentException("must bind at least one input to a column, e.g. {\"domain\": \"f_abc\"}.", nameof(inputs));
        }

        foreach (var fieldId in inputs.Values)
        {
            ClayArgs.RequireId(fieldId, nameof(inputs), "f_");
        }

        var request = FieldDefinitions.Enrichment(name, actionKey, actionPackageId, inputs, string.IsNullOrWhiteSpace(authAccountId) ? null : authAccountId, runOnlyWhenSet: string.IsNullOrWhiteSpace(runOnlyWhenSet) ? null : runOnlyWhenSet);
        request.ActiveViewId = await context.ViewIdAsync(tableId, viewId, cancellationToken);
        var field = (await context.Clay.Fields.CreateFieldAsync(tableId, request, cancellationToken)).Field;
        return ToolJson.Serialize(new { tableId, id = field?.Id, name = field?.Name ?? name, type = field?.Type });
    }

    [McpServerTool(Name = "update_field", Title = "Update a column", Destructive = true, Idempotent = true)]
    [Description("Renames a column and/or replaces its typeSettings (overwrites them). No credits.")]
    public async Task<string> UpdateFieldAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The field id (f_...).")] string fieldId,
        [Description("The new name.")] string? name = null,
        [Description("New typeSettings as a JSON object, e.g. {\"dataTypeSettings\": {\"type\": \"number\"}}.")] JsonElement? typeSettings = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireId(fieldId, nameof(fieldId), "f_");
        var request = new UpdateFieldRequest
        {
            Name = string.IsNullOrWhiteSpace(name) ? null : name,
            TypeSettings = typeSettings is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } settings
                ? ToolValues.ToObject<FieldTypeSettings>(settings, nameof(typeSettings))
                : null,
        };
        if (request.Name is null && request.TypeSettings is null)
        {
            throw new ArgumentException("nothing to change: pass name and/or typeSettings.", nameof(name));
        }

        var field = (await context.Clay.Fields.UpdateFieldAsync(tableId, fieldId, request, cancellationToken)).Field;
        return ToolJson.Serialize(new { tableId, id = fieldId, name = field?.Name, type = field?.Type });
    }

    [McpServerTool(Name = "delete_field", Title = "Delete a column", Destructive = true, Idempotent = true)]
    [Description("Deletes a column and every value in it. Destructive. No credits.")]
    public async Task<string> DeleteFieldAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The field id (f_...).")] string fieldId,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireId(fieldId, nameof(fieldId), "f_");
        await context.Clay.Fields.DeleteFieldAsync(tableId, fieldId, cancellationToken);
        return ToolJson.Serialize(new { tableId, deleted = fieldId });
    }
}
