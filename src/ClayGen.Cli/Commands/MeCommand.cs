using System.CommandLine;
using System.Globalization;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay me</c>: who the session or API key belongs to (<c>GET /v3/me</c>).</summary>
internal static class MeCommand
{
    public static Command Create(CliApp app)
    {
        var me = new Command("me", "Show who the session or API key belongs to: id, email, name and last workspace.");
        app.Bind(me, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var user = await clay.Auth.GetCurrentUserAsync(ctx.CancellationToken);

            // Only these four: Clay's answer carries more (an API token among them), which must never be printed.
            var workspace = user.LastWorkspaceId?.ToString(CultureInfo.InvariantCulture);
            ctx.Output(
                new { id = user.Id, email = user.Email, name = user.Name, lastWorkspaceId = user.LastWorkspaceId },
                $"{user.Id.ToString(CultureInfo.InvariantCulture)} {Markup.Escape(user.Email ?? "(no email)")}" +
                (user.Name is { } name ? $" \"{Markup.Escape(name)}\"" : string.Empty) +
                (workspace is null ? string.Empty : $", last workspace {workspace}"));
            return CliExitCodes.Success;
        });
        return me;
    }
}
