using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using ClayGen.Cli.Mcp;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay mcp</c>: Clay's operations as Model Context Protocol tools over standard input and output, read-only unless allowed more.</summary>
internal static class McpCommand
{
    public static Command Create(CliApp app)
    {
        var allowWrites = new Option<bool>("--allow-writes") { Description = "Also serve the tools that create, change or delete tables, fields, records and sources." };
        var allowRuns = new Option<bool>("--allow-runs") { Description = "Also serve the tools that spend credits (run enrichments, add enrichment columns); needs --allow-writes." };
        var mcp = new Command(
            "mcp",
            "Serve Clay to an AI assistant as an MCP server over stdio (read-only tools unless --allow-writes; credit-spending ones need --allow-runs too). " +
            "Authenticated like every command: the saved login, CLAY_SESSION, CLAY_API_KEY or --sandbox.")
        {
            allowWrites, allowRuns,
        };
        app.Bind(mcp, async ctx =>
        {
            var permissions = new McpPermissions(ctx.Get(allowWrites), ctx.Get(allowRuns));
            if (permissions.AllowRuns && !permissions.AllowWrites)
            {
                throw new CliUsageException("--allow-runs needs --allow-writes too: the tools that spend credits also change the table.");
            }

            var clay = await ctx.ClientAsync();
            var (session, apiKey) = ctx.UseSandbox ? (ctx.ExplicitSession(), null) : ctx.ResolveCredential(ctx.ResolveBaseUrl());
            var context = new ClayToolContext(
                clay,
                ctx.WorkspaceId,
                [session?.CookieValue, apiKey, ctx.Sandbox?.Session, ctx.Environment.GetVariable("CLAY_PASSWORD")]);
            var options = ClayMcpServer.CreateOptions(context, permissions, TimeProvider.System);
            ctx.Environment.Error.WriteLine(
                $"clay mcp: serving {options.ToolCollection!.Count} tools for {clay.BaseAddress} on stdin/stdout " +
                $"({(permissions.AllowRuns ? "reads, writes and credit-spending runs" : permissions.AllowWrites ? "reads and writes; no runs without --allow-runs" : "read-only; writes need --allow-writes")}).");

            // Standard output carries the protocol alone: anything else printed by mistake goes to standard error.
            var stdout = Console.Out;
            Console.SetOut(Console.Error);
            try
            {
                await ClayMcpServer.RunAsync(options, ctx.CancellationToken);
            }
            finally
            {
                Console.SetOut(stdout);
            }

            return CliExitCodes.Success;
        });
        return mcp;
    }
}
