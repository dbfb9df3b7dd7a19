using System.CommandLine;
using System.Globalization;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay api-keys ...</c>: the API keys of the signed-in user (names and dates; a key itself is never shown).</summary>
internal static class ApiKeyCommands
{
    public static Command Create(CliApp app)
    {
        var list = new Command("list", "List your API keys: id, name and creation date (Clay shows a key itself only once, when it is made).");
        app.Bind(list, async ctx =>
        {
            var clay = await ctx.ClientAsync();
            var user = await clay.Auth.GetCurrentUserAsync(ctx.CancellationToken);
            var keys = (await clay.Auth.ListApiKeysAsync("user", user.Id, ctx.CancellationToken)).Where(k => k is not null).ToList();

            // Only these three members, whatever else Clay sends.
            var rows = keys.Select(k => new { id = k.Id, name = k.Name, createdAt = k.CreatedAt }).ToList();
            ctx.Output(rows, () =>
            {
                if (rows.Count == 0)
                {
                    return new Markup("[grey]No API keys.[/]\n");
                }

                var table = CliTable.Create("Id", "Name", "Created");
                rows.ForEach(k => table.AddValues(k.id, k.name, k.createdAt?.ToString("u", CultureInfo.InvariantCulture)));
                return table;
            });
            return CliExitCodes.Success;
        });
        return new Command("api-keys", "Your API keys (listed without their values).") { list };
    }
}
