using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay integrations ...</c> (tag: Integrations).</summary>
internal static class IntegrationCommands
{
    public static Command Create(CliApp app)
    {
        var list = new Command("list", "List the workspace's connected integrations (\"List all integrations\").");
        app.Bind(list, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var accounts = (await clay.Integrations.ListAppAccountsAsync(ctx.WorkspaceId(), ctx.CancellationToken)).Where(a => a is not null).ToList();
            ctx.Output(accounts, () =>
            {
                var table = CliTable.Create("Id", "Name", "Type", "Shared key", "Owner");
                accounts.ForEach(a => table.AddValues(a.Id, a.Name, a.AppAccountTypeId, a.IsSharedPublicKey, a.UserOwnerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "workspace"));
                return table;
            });
            return CliExitCodes.Success;
        });

        var type = new Argument<string>("type") { Description = "An integration type (an app account's type, e.g. openai)." };
        var details = new Command("details", "The actions of one integration type (\"Get Integration Type Details\").") { type };
        app.Bind(details, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var actions = await clay.Integrations.GetIntegrationTypeDetailsAsync(ctx.WorkspaceId(), ctx.Get(type)!, ctx.CancellationToken);
            ctx.Output(actions, () => actions.Count == 0
                ? new Markup($"No actions for integration type '{Markup.Escape(ctx.Get(type)!)}'.\n")
                : Render(actions));
            return CliExitCodes.Success;
        });

        var catalog = new Command("actions", "The whole action catalog of the workspace.");
        app.Bind(catalog, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var actions = (await clay.Integrations.ListActionsAsync(ctx.WorkspaceId(), ctx.CancellationToken)).Actions?.ToList() ?? [];
            ctx.Output(actions, () => Render(actions));
            return CliExitCodes.Success;
        });

        return new Command("integrations", "Integrations (app accounts) and their actions.") { list, details, catalog };
    }

    private static IRenderable Render(IEnumerable<ActionDefinition> actions)
    {
        var table = CliTable.Create("Action", "Name", "Integration", "Type", "Package id");
        foreach (var action in actions)
        {
            table.AddValues(action.Key, action.DisplayName, action.Package?.Name, action.Auth?.ProviderType, action.Package?.Id);
        }

        return table;
    }
}
