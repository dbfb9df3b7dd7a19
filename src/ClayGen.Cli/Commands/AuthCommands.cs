using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay login</c> and <c>clay logout</c> (tag: Auth).</summary>
internal static class AuthCommands
{
    public static Command CreateLogin(CliApp app)
    {
        var email = new Option<string?>("--email") { Description = "The account's email; default: CLAY_EMAIL, else a prompt." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (default: CLAY_PASSWORD, else a prompt)." };
        var apiKey = new Option<bool>("--api-key")
        {
            Description = "Log in with an API key instead: read it from the first line of standard input (never an argument), check it with one call and save it.",
        };
        var command = new Command(
            "login",
            "Log in with email and password, or with an API key (--api-key), and save the session or key for later commands (owner-only file).")
        {
            email, passwordStdin, apiKey,
        };
        app.Bind(command, async ctx =>
        {
            if (ctx.Get(apiKey))
            {
                if (ctx.Get(email) is not null || ctx.Get(passwordStdin))
                {
                    throw new CliUsageException("--api-key logs in with a key alone: leave out --email and --password-stdin.");
                }

                return await LoginWithApiKeyAsync(ctx);
            }

            var sandbox = ctx.UseSandbox ? await ctx.StartSandboxAsync() : null;
            var baseUrl = sandbox?.BaseAddress ?? ctx.ResolveBaseUrl();
            var address = ctx.Get(email) ?? ctx.Environment.GetVariable("CLAY_EMAIL") ?? sandbox?.Email ?? Prompt(ctx, "Email:", secret: false)
                ?? throw new CliUsageException("No email: pass --email or set CLAY_EMAIL.");
            var password = ReadPassword(ctx, ctx.Get(passwordStdin)) ?? sandbox?.Password ?? Prompt(ctx, "Password:", secret: true)
                ?? throw new CliUsageException("No password: pass --password-stdin (e.g. `printenv PW | clay login --email me@example.com --password-stdin`) or set CLAY_PASSWORD.");

            ClaySession session;
            using (var anonymous = new ClayClient(new ClayClientOptions { BaseAddress = baseUrl }))
            {
                session = await anonymous.Auth.FetchSessionAsync(address, password, ctx.CancellationToken);
            }

            using var clay = new ClayClient(new ClayClientOptions { BaseAddress = baseUrl, Session = session });
            var workspaces = (await clay.Workspaces.ListWorkspacesAsync(ctx.CancellationToken)).Results?.Where(w => w is not null).ToList() ?? [];
            var workspaceId = workspaces.Count == 1 ? workspaces[0].Id : (long?)null;

            var file = ctx.SessionFile;
            var saved = sandbox is null;
            if (saved)
            {
                file.Save(new SavedSession(baseUrl.AbsoluteUri, session.CookieValue, address, workspaceId, DateTimeOffset.UtcNow));
            }

            ctx.Output(
                new { baseUrl = baseUrl.AbsoluteUri, email = address, saved, sessionFile = saved ? file.Path : null, workspaceId, workspaces },
                () => new Markup(
                    $"Logged in to {Markup.Escape(baseUrl.AbsoluteUri)} as {Markup.Escape(address)}.\n" +
                    (saved
                        ? $"Session saved to {Markup.Escape(file.Path)} (readable by you only).\n"
                        : "The embedded sandbox stops with this command, so its session is not saved.\n") +
                    (workspaceId is { } id
                        ? $"Default workspace: {id} ({Markup.Escape(workspaces[0].Name ?? string.Empty)}).\n"
                        : $"{workspaces.Count} workspaces: pass --workspace <id> or set CLAY_WORKSPACE (`clay workspaces list`).\n")));
            return CliExitCodes.Success;
        });
        return command;
    }

    public static Command CreateLogout(CliApp app)
    {
        var command = new Command("logout", "Forget the session or API key saved by `clay login`.");
        app.Bind(command, ctx =>
        {
            var file = ctx.SessionFile;
            var removed = file.Delete();
            ctx.Output(
                new { removed, sessionFile = file.Path },
                removed ? $"Logged out: removed {Markup.Escape(file.Path)}." : "No saved session.");
            return Task.FromResult(CliExitCodes.Success);
        });
        return command;
    }

    // The key comes from standard input only: an argument would sit in the shell history and the process list.
    private static async Task<int> LoginWithApiKeyAsync(CliContext ctx)
    {
        if (ctx.UseSandbox)
        {
            throw new CliUsageException("--api-key with --sandbox: the embedded sandbox keeps nothing after the command, so there is no key to save; use --session or CLAY_API_KEY with it instead.");
        }

        var key = ctx.Environment.In.ReadLine()?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            throw new CliUsageException("--api-key: standard input held no API key (e.g. `printenv CLAY_KEY | clay login --api-key`).");
        }

        var baseUrl = ctx.ResolveBaseUrl();
        List<Workspace> workspaces;
        using (var clay = new ClayClient(new ClayClientOptions { BaseAddress = baseUrl, ApiKey = key }))
        {
            // One cheap authenticated call: a wrong key fails here instead of in the next command.
            workspaces = (await clay.Workspaces.ListWorkspacesAsync(ctx.CancellationToken)).Results?.Where(w => w is not null).ToList() ?? [];
        }

        var workspaceId = workspaces.Count == 1 ? workspaces[0].Id : (long?)null;
        var file = ctx.SessionFile;
        file.Save(new SavedSession(baseUrl.AbsoluteUri, Session: null, Email: null, workspaceId, DateTimeOffset.UtcNow, ApiKey: key));
        ctx.Output(
            new { baseUrl = baseUrl.AbsoluteUri, apiKey = true, saved = true, sessionFile = file.Path, workspaceId, workspaces },
            () => new Markup(
                $"API key accepted by {Markup.Escape(baseUrl.AbsoluteUri)}.\n" +
                $"Key saved to {Markup.Escape(file.Path)} (readable by you only).\n" +
                (workspaceId is { } id
                    ? $"Default workspace: {id} ({Markup.Escape(workspaces[0].Name ?? string.Empty)}).\n"
                    : $"{workspaces.Count} workspaces: pass --workspace <id> or set CLAY_WORKSPACE (`clay workspaces list`).\n")));
        return CliExitCodes.Success;
    }

    private static string? ReadPassword(CliContext ctx, bool fromStdin)
    {
        if (fromStdin)
        {
            var line = ctx.Environment.In.ReadLine();
            return string.IsNullOrEmpty(line) ? throw new CliUsageException("--password-stdin: standard input held no password.") : line;
        }

        return ctx.Environment.GetVariable("CLAY_PASSWORD");
    }

    private static string? Prompt(CliContext ctx, string label, bool secret)
    {
        if (!ctx.Environment.Interactive)
        {
            return null;
        }

        var prompt = new TextPrompt<string>(label);
        return ctx.Console.Prompt(secret ? prompt.Secret() : prompt);
    }
}
