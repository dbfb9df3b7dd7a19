using System.Globalization;
using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>
/// <c>GET /v3/credit-reporting/{ws}/creditReportType/{type}</c>: sums the seeded spend that passes the
/// filters. The time range is validated but does not select spend (the seed has no dates).
/// </summary>
internal sealed class CreditReportHandler(SandboxState state)
{
    private static readonly HashSet<string> ReportTypes = new(StringComparer.Ordinal)
    {
        "workspace", "integration", "signal", "triggerDefinition", "mcp", "api",
    };

    public void Map(IEndpointRouteBuilder v3) =>
        v3.MapSandboxRoute(
            "GET",
            "/credit-reporting/{ws}/creditReportType/{reportType}",
            (string ws, string reportType, HttpRequest request) => Report(ws, reportType, request.Query));

    // The query is read from the framework's parsed collection, which decodes names too, so
    // timeRange[startTime] arrives the same whether the client sent [ ] or %5B %5D.
    private IResult Report(string ws, string reportType, IQueryCollection query)
    {
        SandboxState.RequireWorkspace(ws);
        if (!ReportTypes.Contains(reportType))
        {
            throw ApiException.NotFound();
        }

        var start = RequireTime(query, "timeRange[startTime]");
        var end = RequireTime(query, "timeRange[endTime]");
        if (end < start)
        {
            throw ApiException.BadRequest("timeRange - endTime must not be before startTime");
        }

        var ownerIds = IndexedValues(query, "ownerIds").Select(v => ParseInt(v, "ownerIds")).ToHashSet();
        var integrations = IndexedValues(query, "integrations").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recurringOnly = Flag(query, "isRecurringOnly");
        var creditLimitOnly = Flag(query, "hasCreditLimit");
        var limitedOwners = state.Users.Where(u => u.HasCreditLimit).Select(u => u.Id).ToHashSet();

        var rows = state.CreditUsage.Where(u =>
            (ownerIds.Count == 0 || ownerIds.Contains(u.OwnerId))
            && (integrations.Count == 0 || integrations.Contains(u.IntegrationId))
            && (!recurringOnly || u.IsRecurring)
            && (!creditLimitOnly || limitedOwners.Contains(u.OwnerId)));

        var root = new CreditNode(null);
        foreach (var row in rows)
        {
            var path = reportType switch
            {
                "workspace" => new[] { row.Folder, row.Workbook, row.Table }.OfType<CreditEntity>(),
                "integration" => [IntegrationEntity(row.IntegrationId)],
                // Signals, triggers, MCP and API spend have no seeded usage: those reports are empty.
                _ => [],
            };
            root.Add(path, row.Credits, row.ActionExecutions);
        }

        var entities = new JsonArray();
        foreach (var child in root.Children)
        {
            entities.Add(child.ToJson());
        }

        return ApiResults.Ok(new JsonObject
        {
            ["entities"] = entities,
            ["unattributedCredits"] = 0,
            ["unattributedActionExecutions"] = 0,
        });
    }

    private CreditEntity IntegrationEntity(string packageId)
    {
        var package = state.Packages.Find(p => p.Id == packageId);
        return new CreditEntity(packageId, package?.Name ?? packageId, "integration");
    }

    private static DateTimeOffset RequireTime(IQueryCollection query, string name)
    {
        var text = First(query, name);
        if (string.IsNullOrEmpty(text))
        {
            throw ApiException.BadRequest($"{name} - Required");
        }

        return TryParseTime(text, out var time)
            // Form decoding turns a literal '+' (an ISO offset such as +02:00) into a space.
            || TryParseTime(text.Replace(' ', '+'), out time)
            ? time
            : throw ApiException.BadRequest($"{name} - Invalid date");
    }

    private static bool TryParseTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);

    private static string? First(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Values of <c>name[0]=..&amp;name[1]=..</c>; also <c>name[]=</c> and repeated <c>name=</c>.</summary>
    private static IEnumerable<string> IndexedValues(IQueryCollection query, string name) =>
        query
            .Where(p => p.Key == name || (p.Key.StartsWith(name + "[", StringComparison.Ordinal) && p.Key.EndsWith(']')))
            .SelectMany(p => p.Value)
            .OfType<string>()
            .Where(v => v.Length > 0);

    private static int ParseInt(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ApiException.BadRequest($"{name} - Expected number");

    private static bool Flag(IQueryCollection query, string name)
    {
        var value = First(query, name);
        if (value is null)
        {
            return false;
        }

        return bool.TryParse(value, out var flag) ? flag : throw ApiException.BadRequest($"{name} - Expected boolean");
    }
}
