using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay credits report</c> (tag: Credits).</summary>
internal static class CreditCommands
{
    public static Command Create(CliApp app)
    {
        var from = new Option<string?>("--from") { Description = "Start: ISO 8601 (2025-06-30, 2025-06-30T19:00:00Z) or a span back from now (30d); default 30d." };
        var to = new Option<string?>("--to") { Description = "End: ISO 8601 or a span back from now; default now." };
        var owners = new Option<long[]>("--owner") { Description = "Only these users' credits (repeat for several) (\"User-Specific\")." };
        var integrations = new Option<string[]>("--integration") { Description = "Only these integrations (action-package ids) (\"Integration-Specific\")." };
        var type = new Option<string?>("--type") { Description = "workspace (default, by folder/workbook/table), integration, signal, triggerDefinition, mcp or api." };
        var recurring = new Option<bool>("--recurring-only") { Description = "Only recurring runs." };
        var creditLimit = new Option<bool>("--credit-limit") { Description = "Only users with a credit limit." };
        var report = new Command("report", "Credit usage over a time range (the credit-report endpoints of the docs).")
        {
            from, to, owners, integrations, type, recurring, creditLimit,
        };
        app.Bind(report, async ctx =>
        {
            var now = DateTimeOffset.UtcNow;
            var end = ctx.Get(to) is { } toText ? CliValues.ParseTime(toText, "--to", now) : now;
            var start = ctx.Get(from) is { } fromText ? CliValues.ParseTime(fromText, "--from", now) : end.AddDays(-30);
            if (end < start)
            {
                throw new CliUsageException($"--to ({end:u}) is before --from ({start:u}).");
            }

            var query = CreditReportQuery.Between(start, end);
            if (ctx.Get(type) is { } reportType)
            {
                query = query.OfType(reportType);
            }

            if (ctx.Get(owners) is { Length: > 0 } ownerIds)
            {
                query = query.ForOwners(ownerIds);
            }

            if (CliValues.SplitIds(ctx.Get(integrations)) is { Count: > 0 } integrationIds)
            {
                query = query.ForIntegrations([.. integrationIds]);
            }

            if (ctx.Get(recurring))
            {
                query = query.RecurringOnly();
            }

            if (ctx.Get(creditLimit))
            {
                query = query.WithCreditLimit();
            }

            var clay = await ctx.ClientAsync();
            var result = await clay.Credits.GetCreditReportAsync(ctx.WorkspaceId(), query, ctx.CancellationToken);
            ctx.Output(result, () => Render(result, query));
            return CliExitCodes.Success;
        });
        return new Command("credits", "Credit usage reports.") { report };
    }

    private static IRenderable Render(CreditReport report, CreditReportQuery query)
    {
        var table = CliTable.Create("Name", "Kind", "Id", "Credits", "Runs");
        var total = 0d;
        foreach (var entity in report.Entities ?? [])
        {
            total += entity.Credits ?? 0;
            AddRows(table, entity, 0);
        }

        if (report.UnattributedCredits is > 0)
        {
            total += report.UnattributedCredits.Value;
            table.AddValues("(unattributed)", null, null, report.UnattributedCredits, Runs(report.UnattributedActionExecutions));
        }

        var heading = new Markup(
            $"[bold]{Markup.Escape(query.ReportType)}[/] credit report, {query.Start:yyyy-MM-dd HH:mm} to {query.End:yyyy-MM-dd HH:mm} UTC: " +
            $"[bold]{CliTable.Format(total)}[/] credits\n");
        return new Rows(heading, table);
    }

    private static string? Runs(long? executions) => executions?.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    private static void AddRows(Spectre.Console.Table table, CreditEntity entity, int depth)
    {
        var name = new string(' ', depth * 2) + (entity.Entity?.Name ?? entity.Id ?? "?") + (entity.Entity?.IsDeleted == true ? " (deleted)" : string.Empty);
        table.AddValues(name, entity.Entity?.Kind, entity.Id, entity.Credits, Runs(entity.ActionExecutions));
        foreach (var child in entity.Subentities ?? [])
        {
            AddRows(table, child, depth + 1);
        }
    }
}
