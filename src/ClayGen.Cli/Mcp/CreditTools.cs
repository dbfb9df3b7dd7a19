using System.ComponentModel;
using ClayGen.Cli.Infrastructure;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>The credit report tool.</summary>
internal sealed class CreditTools(ClayToolContext context, TimeProvider time)
{
    [McpServerTool(Name = "credit_report", Title = "Credit usage report", ReadOnly = true, Idempotent = true)]
    [Description("Reports the credits a workspace spent over a time range, by folder, workbook and table (or by integration, user, ...), with unattributed credits. Reads only; no credits.")]
    public async Task<string> CreditReportAsync(
        [Description("Start: ISO 8601 (2025-06-30, 2025-06-30T19:00:00Z) or a span back from now (30d, 12h); default 30 days before `to`.")] string? from = null,
        [Description("End: ISO 8601 or a span back from now; default now.")] string? to = null,
        [Description("How to group: workspace (default: by folder, workbook and table), integration, signal, triggerDefinition, mcp or api.")] string? type = null,
        [Description("Only these users' credits (user ids).")] long[]? ownerIds = null,
        [Description("Only these integrations (action package ids).")] string[]? integrationIds = null,
        [Description("Only recurring runs.")] bool recurringOnly = false,
        [Description("Only users with a credit limit.")] bool withCreditLimit = false,
        [Description("The workspace id; default: the one `clay mcp` was started with.")] long? workspaceId = null,
        CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var end = string.IsNullOrWhiteSpace(to) ? now : Time(to, nameof(to), now);
        var start = string.IsNullOrWhiteSpace(from) ? end.AddDays(-30) : Time(from, nameof(from), now);
        if (end < start)
        {
            throw new ArgumentException($"'to' ({end:u}) is before 'from' ({start:u}).", nameof(to));
        }

        var query = CreditReportQuery.Between(start, end);
        if (!string.IsNullOrWhiteSpace(type))
        {
            query = query.OfType(type.Trim());
        }

        if (ownerIds is { Length: > 0 })
        {
            query = query.ForOwners(ownerIds);
        }

        if (integrationIds is { Length: > 0 })
        {
            query = query.ForIntegrations(integrationIds);
        }

        if (recurringOnly)
        {
            query = query.RecurringOnly();
        }

        if (withCreditLimit)
        {
            query = query.WithCreditLimit();
        }

        var report = await context.Clay.Credits.GetCreditReportAsync(context.Workspace(workspaceId), query, cancellationToken);
        var total = (report.Entities ?? []).Sum(e => e.Credits ?? 0) + (report.UnattributedCredits ?? 0);
        return ToolJson.Serialize(new { reportType = query.ReportType, start = query.Start, end = query.End, totalCredits = total, report });
    }

    private static DateTimeOffset Time(string text, string name, DateTimeOffset now)
    {
        try
        {
            return CliValues.ParseTime(text, name, now);
        }
        catch (CliUsageException ex)
        {
            // The message already names the argument.
            throw new ArgumentException(ex.Message);
        }
    }
}
