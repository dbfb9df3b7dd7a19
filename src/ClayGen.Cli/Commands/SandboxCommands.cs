using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using ClayGen.Sandbox;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay sandbox serve</c>: the embedded sandbox as a standalone local server, for tests in any language.</summary>
internal static class SandboxCommands
{
    public static Command Create(CliApp app)
    {
        var port = new Option<int?>("--port") { Description = "The local port (127.0.0.1); default: a free one." };
        var email = new Option<string?>("--email") { Description = "The email the sandbox's login accepts (default sandbox@example.com)." };
        var password = new Option<string?>("--password") { Description = "The password the sandbox's login accepts (default sandbox-password)." };
        var seed = new Option<int?>("--seed") { Description = "Seeds generated ids and random faults (default 42)." };
        var latency = new Option<int?>("--latency-ms") { Description = "A delay added to every response, in milliseconds." };
        var failureRate = new Option<double?>("--failure-rate") { Description = "The fraction (0 to 1) of requests answered 503, before any state change." };
        var serve = new Command("serve", "Run the sandbox (a stateful stand-in for Clay) until Ctrl+C; prints its URL and a session.")
        {
            port, email, password, seed, latency, failureRate,
        };
        app.Bind(serve, async ctx =>
        {
            if (ctx.Get(port) is < 0 or > 65535)
            {
                throw new CliUsageException("--port must be between 0 and 65535.");
            }

            if (ctx.Get(failureRate) is < 0 or > 1)
            {
                throw new CliUsageException("--failure-rate must be between 0 and 1.");
            }

            if (ctx.Get(latency) is < 0)
            {
                throw new CliUsageException("--latency-ms must not be negative.");
            }

            var defaults = new ClaySandboxOptions();
            var options = new ClaySandboxOptions
            {
                Port = ctx.Get(port) is > 0 ? ctx.Get(port) : null,
                Email = ctx.Get(email) ?? defaults.Email,
                Password = ctx.Get(password) ?? defaults.Password,
                Seed = ctx.Get(seed) ?? defaults.Seed,
                Latency = TimeSpan.FromMilliseconds(ctx.Get(latency) ?? 0),
            };

            ClaySandbox sandbox;
            try
            {
                sandbox = await ctx.StartSandboxAsync(options);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not CliUsageException)
            {
                throw new IOException($"cannot start the sandbox{(options.Port is { } p ? $" on port {p}" : string.Empty)}: {ex.GetBaseException().Message}", ex);
            }

            sandbox.Faults.RandomFailureRate = ctx.Get(failureRate) ?? 0;

            // Found by later commands' --sandbox, so they share this sandbox's state.
            var registry = SandboxRegistry.For(ctx.Environment);
            registry.Register(SandboxEndpoint.Of(sandbox, Environment.ProcessId));
            try
            {
                Describe(ctx, sandbox);
                await ctx.Environment.Out.FlushAsync(CancellationToken.None);
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how this command ends.
            }
            finally
            {
                registry.Unregister(Environment.ProcessId);
            }

            if (!ctx.Json)
            {
                ctx.Console.MarkupLine($"Stopped after {sandbox.RequestCount:N0} request(s).");
            }

            return CliExitCodes.Success;
        });
        return new Command("sandbox", "The embedded stand-in Clay server.") { serve };
    }

    private static void Describe(CliContext ctx, ClaySandbox sandbox)
    {
        if (ctx.Json)
        {
            // One line, so a test harness can read the first line of output and parse it.
            ctx.Environment.Out.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new
            {
                baseUrl = sandbox.BaseAddress.AbsoluteUri,
                session = sandbox.Session,
                email = sandbox.Email,
                password = sandbox.Password,
                workspaceId = sandbox.WorkspaceId,
                userId = sandbox.UserId,
                tableId = sandbox.TableId,
                viewId = sandbox.ViewId,
                fieldIds = sandbox.FieldIds,
            }));
            return;
        }

        var url = Markup.Escape(sandbox.BaseAddress.AbsoluteUri);
        var session = Markup.Escape(sandbox.Session);
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]base URL[/]", url);
        grid.AddRow("[bold]session[/]", $"{session}  [grey](send as Cookie: claysession=<session>)[/]");
        grid.AddRow("[bold]login[/]", $"{Markup.Escape(sandbox.Email)} / {Markup.Escape(sandbox.Password)}");
        grid.AddRow("[bold]workspace[/]", $"{sandbox.WorkspaceId}  [grey](user {sandbox.UserId})[/]");
        grid.AddRow("[bold]table[/]", $"{Markup.Escape(sandbox.TableId)}  view {Markup.Escape(sandbox.ViewId)}");
        grid.AddRow("[bold]fields[/]", Markup.Escape(string.Join(" ", sandbox.FieldIds)) + "  [grey](Company Name, Domain, Employees, Enrich Company)[/]");
        ctx.Console.MarkupLine($"Clay sandbox listening on [bold]{url}[/]");
        ctx.Console.Write(grid);
        ctx.Console.MarkupLine("Commands with [bold]--sandbox[/] use this sandbox (and its state) while it runs, e.g. [bold]clay records add --sandbox --cell ...[/]");
        ctx.Console.MarkupLine($"Other clients: [bold]CLAY_BASE_URL={url} CLAY_SESSION='{session}' clay workspaces list[/]");
        ctx.Console.MarkupLine("Press Ctrl+C to stop.");
    }
}
