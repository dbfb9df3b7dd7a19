using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay sources ...</c>: what feeds rows into tables (tag: Sources).</summary>
internal static class SourceCommands
{
    public static Command Create(CliApp app)
    {
        var listTable = TableCommands.TableArgument();
        var workspaceWide = new Option<bool>("--workspace-wide") { Description = "List every source of the workspace instead of one table's." };
        var list = new Command("list", "List a table's sources (\"List all sources in a table\").") { listTable, workspaceWide };
        app.Bind(list, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var sources = ctx.Get(workspaceWide)
                ? await clay.Sources.ListSourcesAsync(null, ctx.WorkspaceId(), ctx.CancellationToken)
                : await clay.Sources.ListTableSourcesAsync(ctx.TableId(ctx.Get(listTable), "clay sources list <table-id>"), ctx.CancellationToken);
            var items = sources.Where(s => s is not null).ToList();
            ctx.Output(items, () =>
            {
                if (items.Count == 0)
                {
                    return new Markup("[grey]No sources.[/]\n");
                }

                var table = CliTable.Create("Id", "Name", "Type", "Table", "Webhook URL");
                items.ForEach(s => table.AddValues(s.Id, s.Name, s.Type, s.TableId, s.WebhookUrl));
                return table;
            });
            return CliExitCodes.Success;
        });

        var addTable = TableCommands.TableArgument();
        var name = new Option<string>("--name") { Description = "The webhook's name.", Required = true };
        var addWebhook = new Command("add-webhook", "Add a webhook source to a table (\"Add Webhook to a table\"); prints its URL.") { addTable, name };
        app.Bind(addWebhook, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var tableId = ctx.TableId(ctx.Get(addTable), "clay sources add-webhook <table-id> --name <name>");
            var result = await clay.Tables.AddWebhookAsync(tableId, ctx.WorkspaceId(), ctx.Get(name)!, ctx.CancellationToken);
            var source = result.Source;
            ctx.Output(
                source,
                $"Added webhook {Markup.Escape(source?.Id ?? "?")} \"{Markup.Escape(source?.Name ?? ctx.Get(name)!)}\" to {Markup.Escape(tableId)}." +
                (source?.WebhookUrl is { } url ? $"\nPOST JSON to {Markup.Escape(url)}" : string.Empty));
            return CliExitCodes.Success;
        });

        var sourceId = SourceArgument();
        var deleteRecords = new Option<bool>("--delete-records") { Description = "Also delete the rows it created." };
        var delete = new Command("delete", "Delete a source (\"Delete a Source from the table\").") { sourceId, deleteRecords };
        app.Bind(delete, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var id = ctx.Get(sourceId)!;
            await clay.Sources.DeleteSourceAsync(id, ctx.Get(deleteRecords), ctx.CancellationToken);
            ctx.Output(
                new { deleted = id, deleteRecords = ctx.Get(deleteRecords) },
                $"Deleted source {Markup.Escape(id)}{(ctx.Get(deleteRecords) ? " and its rows" : string.Empty)}.");
            return CliExitCodes.Success;
        });

        return new Command("sources", "Table sources (webhooks, actions).") { list, addWebhook, delete, CreateWebhookToken(app), CreateResponseType(app) };
    }

    private static Argument<string> SourceArgument() => new("source-id") { Description = "The source (s_...)." };

    // The token is shown once: it goes to standard output alone (or in --json), never to a terminal
    // unless asked, so it lands in a file or a pipe rather than in scrollback.
    private static Command CreateWebhookToken(CliApp app)
    {
        var sourceId = SourceArgument();
        var show = new Option<bool>("--show") { Description = "Print the token even when standard output is a terminal." };
        var command = new Command(
            "webhook-token",
            "Issue a webhook source's auth token (senders then send it in x-clay-webhook-auth). The token alone goes to standard output: redirect it to a file, or pass --show or --json.")
        {
            sourceId, show,
        };
        app.Bind(command, async ctx =>
        {
            if (!ctx.Json && !ctx.Get(show) && ctx.Environment.Interactive)
            {
                throw new CliUsageException("the token is shown once and would be printed on the terminal: redirect standard output (clay sources webhook-token s_... > token.txt), or pass --show or --json.");
            }

            var clay = await ctx.ClientAsync();
            var id = ctx.Get(sourceId)!;
            var issued = await clay.Sources.CreateWebhookAuthTokenAsync(id, new EmptyRequest(), ctx.CancellationToken);
            if (ctx.Json)
            {
                ctx.WriteJson(new { sourceId = id, token = issued.Token });
            }
            else
            {
                ctx.Environment.Out.WriteLine(issued.Token);
                ctx.Environment.Error.WriteLine($"Issued an auth token for {id}: senders must now send it in the x-clay-webhook-auth header.");
            }

            return CliExitCodes.Success;
        });
        return command;
    }

    private static Command CreateResponseType(CliApp app)
    {
        var sourceId = SourceArgument();
        var type = new Argument<string>("type") { Description = "JSON or PLAIN_TEXT." };
        type.AcceptOnlyFromAmong("JSON", "PLAIN_TEXT");
        var command = new Command("response-type", "Choose how a webhook source answers senders: JSON or PLAIN_TEXT.") { sourceId, type };
        app.Bind(command, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var id = ctx.Get(sourceId)!;
            var result = await clay.Sources.SetWebhookResponseTypeAsync(id, new SetWebhookResponseTypeRequest { SourceId = id, ResponseType = ctx.Get(type)! }, ctx.CancellationToken);
            ctx.Output(result, $"Webhook {Markup.Escape(id)} now answers {Markup.Escape(result.ResponseType ?? ctx.Get(type)!)}.");
            return CliExitCodes.Success;
        });
        return command;
    }
}
