using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay fields ...</c>: a table's columns, plain or enrichment (tag: Fields).</summary>
internal static class FieldCommands
{
    /// <summary>The plain field types Clay accepts (each is also its data type).</summary>
    public static readonly string[] PlainTypes = ["text", "number", "email", "url", "date", "boolean", "select", "currency", "image"];

    public static Command Create(CliApp app) =>
        new("fields", "A table's columns: add plain or enrichment columns, rename or reconfigure them, delete them.")
        {
            CreateAdd(app), CreateAddWaterfall(app), CreateUpdate(app), CreateDelete(app), CreateRunStatus(app),
        };

    private static Command CreateAddWaterfall(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var name = new Option<string>("--name") { Description = "The waterfall column's name.", Required = true };
        var steps = new Option<string[]>("--step") { Description = "An action to try, <action-key>@<package-id>; repeat in the order to try them.", Required = true };
        var inputs = new Option<string[]>("--input") { Description = "An input every step reads, name=f_id (repeat for each input)." };
        var attribute = new Option<string?>("--attribute") { Description = "The path in each action's answer that holds the value, e.g. email." };
        var command = new Command("add-waterfall", "Add a waterfall column: it tries each --step's action in order until one finds a value. Creating it spends nothing; running it does.")
        {
            table, name, steps, inputs, attribute,
        };
        app.Bind(command, async ctx =>
        {
            var request = WaterfallRequest(ctx.Get(name)!, ctx.Get(steps) ?? [], ctx.Get(inputs) ?? [], ctx.Get(attribute));
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay fields add-waterfall <table-id> --name <name> --step <action>@<package> --input <name>=<f_id>");
            var answer = await clay.Fields.CreateWaterfallFieldAsync(tableId, request, ctx.CancellationToken);
            // The groups' content is not modelled; the field ids are read where the one known answer has them.
            var fieldIds = (answer.FieldGroupMap ?? [])
                .Select(g => g.Value is JObject group ? group["fieldIds"] as JArray : null)
                .SelectMany(ids => ids?.Select(i => i.Type == JTokenType.String ? (string?)i : null) ?? Enumerable.Empty<string?>())
                .OfType<string>()
                .ToList();
            var added = fieldIds.Count == 0 ? "(Clay named no field: `clay tables get` shows what exists)" : string.Join(", ", fieldIds);
            ctx.Output(answer, $"Added waterfall \"{Markup.Escape(request.WaterfallFieldName)}\" ({request.WaterfallConfigs.Count} steps) to {Markup.Escape(tableId)}: {Markup.Escape(added)}.");
            return CliExitCodes.Success;
        });
        return command;
    }

    private static CreateWaterfallFieldRequest WaterfallRequest(string name, string[] steps, string[] inputs, string? attribute)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new CliUsageException("--name: a column needs a name.");
        }

        var bindings = ParseInputs(inputs);
        var configs = new List<WaterfallConfig>();
        foreach (var step in steps)
        {
            var at = step.LastIndexOf('@');
            var actionKey = at < 0 ? string.Empty : step[..at].Trim();
            var package = at < 0 ? string.Empty : step[(at + 1)..].Trim();
            if (actionKey.Length == 0 || package.Length == 0)
            {
                throw new CliUsageException($"--step '{step}': expected <action-key>@<package-id> (`clay integrations actions` shows both).");
            }

            try
            {
                configs.Add(FieldDefinitions.WaterfallStep(actionKey, package, bindings, attribute));
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException($"{(ex.ParamName == "inputs" ? "--input" : "--step")}: {ArgumentMessages.WithoutParameter(ex)}");
            }
        }

        return FieldDefinitions.Waterfall(name, configs);
    }

    private static Command CreateRunStatus(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var command = new Command("run-status", "Count each column's cells by run status (QUEUED, RUNNING, SUCCESS, ERROR_...), without reading any row.") { table };
        app.Bind(command, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay fields run-status <table-id>");
            var status = await clay.Fields.GetFieldRunStatusAsync(ctx.WorkspaceId(), tableId, ctx.CancellationToken);
            if (status.IsPending)
            {
                ctx.Output(new { tableId, pending = true }, $"Clay is still counting {Markup.Escape(tableId)}'s run statuses; ask again in a moment.");
                return CliExitCodes.Success;
            }

            var names = ((await clay.Tables.GetTableAsync(tableId, ctx.CancellationToken)).Table?.Fields ?? [])
                .Where(f => f?.Id is not null)
                .ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal);
            var rows = status.StatusCountsByField
                .SelectMany(f => (f.Value ?? []).Select(c => new { fieldId = f.Key, name = names.GetValueOrDefault(f.Key), status = c.Status, count = c.Count }))
                .ToList();
            ctx.Output(new { tableId, pending = false, counts = rows }, () =>
            {
                if (rows.Count == 0)
                {
                    return new Markup("[grey]No column of this table has run.[/]\n");
                }

                var grid = CliTable.Create("Field", "Name", "Status", "Cells");
                rows.ForEach(r => grid.AddValues(r.fieldId, r.name, r.status, r.count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return grid;
            });
            return CliExitCodes.Success;
        });
        return command;
    }

    private static Command CreateAdd(CliApp app)
    {
        var table = TableCommands.TableArgument();
        var name = new Option<string>("--name") { Description = "The column's name.", Required = true };
        var type = new Option<string?>("--type") { Description = $"A plain column's type: {string.Join(", ", PlainTypes)} (default text)." };
        var view = new Option<string?>("--view") { Description = "The view (gv_...) to show it in; default: the table's first view." };
        var action = new Option<string?>("--action") { Description = "An enrichment column: the action's key (`clay integrations actions` lists them)." };
        var package = new Option<string?>("--package") { Description = "With --action: the action's package id." };
        var inputs = new Option<string[]>("--input") { Description = "With --action: an input bound to a column, name=f_id (repeat for each input)." };
        var authAccount = new Option<string?>("--auth-account") { Description = "With --action: the app account (aa_...) the action runs with." };
        var runWhen = new Option<string?>("--run-when") { Description = "With --action: run only on rows where this field (f_...) is not empty." };
        var add = new Command("add", "Add a column: plain (--type) or an enrichment (--action, --package, --input). Creating an enrichment column spends nothing; running it does.")
        {
            table, name, type, view, action, package, inputs, authAccount, runWhen,
        };
        app.Bind(add, async ctx =>
        {
            var columnName = ctx.Get(name)!;
            if (string.IsNullOrWhiteSpace(columnName))
            {
                throw new CliUsageException("--name: a column needs a name.");
            }

            var request = ctx.Get(action) is { } actionKey
                ? EnrichmentRequest(columnName, actionKey, ctx.Get(package), ctx.Get(inputs) ?? [], ctx.Get(authAccount), ctx.Get(runWhen), ctx.Get(type))
                : PlainRequest(columnName, ctx.Get(type), ctx.Get(package), ctx.Get(inputs) ?? [], ctx.Get(authAccount), ctx.Get(runWhen));
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(table), "clay fields add <table-id> --name <name> [--type number]");
            request.ActiveViewId = await ctx.ViewIdAsync(clay, tableId, ctx.Get(view));
            var field = (await clay.Fields.CreateFieldAsync(tableId, request, ctx.CancellationToken)).Field;
            ctx.Output(field, $"Added {Markup.Escape(field?.Type ?? request.Type)} column {Markup.Escape(field?.Id ?? "?")} \"{Markup.Escape(field?.Name ?? request.Name)}\" to {Markup.Escape(tableId)}.");
            return CliExitCodes.Success;
        });
        return add;
    }

    private static Command CreateUpdate(CliApp app)
    {
        var ids = new Argument<string[]>("ids") { Description = "[table-id] field-id: the table may be left out with --sandbox.", Arity = new ArgumentArity(1, 2) };
        var name = new Option<string?>("--name") { Description = "The new name." };
        var settings = new Option<string?>("--settings-json") { Description = "New typeSettings as a JSON object, e.g. '{\"dataTypeSettings\":{\"type\":\"number\"}}'." };
        var update = new Command("update", "Rename a column or change its settings.") { ids, name, settings };
        app.Bind(update, async ctx =>
        {
            var request = new UpdateFieldRequest { Name = ctx.Get(name), TypeSettings = ParseSettings(ctx.Get(settings)) };
            if (request.Name is null && request.TypeSettings is null)
            {
                throw new CliUsageException("Nothing to change: pass --name and/or --settings-json.");
            }

            var clay = await ctx.ClientAsync();
            var (tableId, fieldId) = SplitTableAndField(ctx, ctx.Get(ids) ?? [], "clay fields update <table-id> <field-id> --name <name>");
            var field = (await clay.Fields.UpdateFieldAsync(tableId, fieldId, request, ctx.CancellationToken)).Field;
            ctx.Output(field, $"Updated column {Markup.Escape(fieldId)}{(field?.Name is { } n ? $" \"{Markup.Escape(n)}\"" : string.Empty)} of {Markup.Escape(tableId)}.");
            return CliExitCodes.Success;
        });
        return update;
    }

    private static Command CreateDelete(CliApp app)
    {
        var ids = new Argument<string[]>("ids") { Description = "[table-id] field-id: the table may be left out with --sandbox.", Arity = new ArgumentArity(1, 2) };
        var delete = new Command("delete", "Delete a column and its values.") { ids };
        app.Bind(delete, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var (tableId, fieldId) = SplitTableAndField(ctx, ctx.Get(ids) ?? [], "clay fields delete <table-id> <field-id>");
            await clay.Fields.DeleteFieldAsync(tableId, fieldId, ctx.CancellationToken);
            ctx.Output(new { tableId, deleted = fieldId }, $"Deleted column {Markup.Escape(fieldId)} from {Markup.Escape(tableId)}.");
            return CliExitCodes.Success;
        });
        return delete;
    }

    private static CreateFieldRequest PlainRequest(string name, string? type, string? package, string[] inputs, string? authAccount, string? runWhen)
    {
        if (package is not null || inputs.Length > 0 || authAccount is not null || runWhen is not null)
        {
            throw new CliUsageException("--package, --input, --auth-account and --run-when describe an enrichment column: add --action <key>.");
        }

        var given = type?.Trim().ToLowerInvariant() ?? "text";
        if (!PlainTypes.Contains(given, StringComparer.Ordinal))
        {
            throw new CliUsageException($"--type '{type}' is not a column type; use one of {string.Join(", ", PlainTypes)} (or --action for an enrichment).");
        }

        return FieldDefinitions.Plain(name, given);
    }

    private static CreateFieldRequest EnrichmentRequest(string name, string actionKey, string? package, string[] inputs, string? authAccount, string? runWhen, string? type)
    {
        if (type is not null)
        {
            throw new CliUsageException("--type is for plain columns; an enrichment column (--action) takes its type from the action.");
        }

        if (string.IsNullOrWhiteSpace(package))
        {
            throw new CliUsageException("--action needs --package <id>: the action's package (`clay integrations actions` shows both).");
        }

        var bindings = ParseInputs(inputs);
        try
        {
            return FieldDefinitions.Enrichment(name, actionKey, package, bindings, authAccount, runOnlyWhenSet: runWhen);
        }
        catch (ArgumentException ex)
        {
            var option = ex.ParamName switch { "inputs" => "--input", "authAccountId" => "--auth-account", "runOnlyWhenSet" => "--run-when", _ => "--action" };
            throw new CliUsageException($"{option}: {ArgumentMessages.WithoutParameter(ex)}");
        }
    }

    /// <summary>Parses <c>--input name=f_id</c> values: each names an input of the action and the field it reads.</summary>
    public static Dictionary<string, string> ParseInputs(IEnumerable<string> inputs)
    {
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var equals = input.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? string.Empty : input[..equals].Trim();
            var fieldId = equals < 0 ? string.Empty : input[(equals + 1)..].Trim();
            if (name.Length == 0 || fieldId.Length == 0)
            {
                throw new CliUsageException($"--input '{input}': expected <input-name>=<field-id>, e.g. domain=f_abc.");
            }

            if (!fieldId.StartsWith("f_", StringComparison.Ordinal))
            {
                throw new CliUsageException($"--input '{input}': '{fieldId}' is not a field id (f_...; `clay tables get` lists them).");
            }

            if (!bindings.TryAdd(name, fieldId))
            {
                throw new CliUsageException($"--input: the input '{name}' is bound twice.");
            }
        }

        if (bindings.Count == 0)
        {
            throw new CliUsageException("An enrichment needs at least one --input <input-name>=<field-id>: the columns it reads.");
        }

        return bindings;
    }

    private static FieldTypeSettings? ParseSettings(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JToken.Parse(json) is JObject settings
                ? settings.ToObject<FieldTypeSettings>()
                : throw new CliUsageException("--settings-json must be a JSON object, e.g. '{\"dataTypeSettings\":{\"type\":\"number\"}}'.");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"--settings-json is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Splits <c>[table-id] field-id</c>: with one id, it is the field of the --sandbox table.</summary>
    private static (string TableId, string FieldId) SplitTableAndField(CliContext ctx, string[] ids, string usage) => ids.Length switch
    {
        2 => (ids[0], ids[1]),
        _ => (ctx.TableId(null, usage), ids[0]),
    };
}
