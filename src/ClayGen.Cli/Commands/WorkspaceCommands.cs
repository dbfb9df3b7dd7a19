using System.CommandLine;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay workspaces ...</c> (tag: Workspaces).</summary>
internal static class WorkspaceCommands
{
    public static Command Create(CliApp app)
    {
        var list = new Command("list", "List the workspaces you belong to (\"Get All Workspaces\").");
        app.Bind(list, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var workspaces = (await clay.Workspaces.ListWorkspacesAsync(ctx.CancellationToken)).Results?.ToList() ?? [];
            ctx.Output(workspaces, () =>
            {
                var table = CliTable.Create("Id", "Name");
                workspaces.ForEach(w => table.AddValues(w.Id, w.Name));
                return table;
            });
            return CliExitCodes.Success;
        });

        var owners = new Command("owners", "List a workspace's users and their permissions (\"Get a list of owners\").");
        app.Bind(owners, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var users = (await clay.Workspaces.ListOwnersAsync(ctx.WorkspaceId(), ctx.CancellationToken)).Users?.ToList() ?? [];
            ctx.Output(users, () =>
            {
                var table = CliTable.Create("Id", "Name", "Email", "Permission");
                users.ForEach(u => table.AddValues(u.Id, u.Name, u.Email, u.Permission));
                return table;
            });
            return CliExitCodes.Success;
        });

        return new Command("workspaces", "Workspaces and their users.") { list, owners };
    }
}
