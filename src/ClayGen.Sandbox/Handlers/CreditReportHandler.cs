using System.Globalization;
using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;

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

    public void Register(ApiRouter router) =>
        router.Map("GET", "/v3/credit-reporting/{ws}/creditReportType/{reportType}", Report);

    private ApiResponse Report(ApiRequest request)
    {
        SandboxState.RequireWorkspace(request.Route("ws"));
        var reportType = request.Route("reportType");
        if (!ReportTypes.Contains(reportType))
        {
            throw ApiException.NotFound();
        }

        var start = RequireTime(request, "timeRange[startTime]");
        var end = RequireTime(request, "timeRange[endTime]");
        if (end < start)
        {
            throw ApiException.BadRequest("timeRange - endTime must not be before startTime");
        }

        var ownerIds = IndexedValues(request, "ownerIds").Select(v => ParseInt(v, "ownerIds")).ToHashSet();
        var integrations = IndexedValues(request, "integrations").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recurringOnly = Flag(request, "isRecurringOnly");
        var creditLimitOnly = Flag(request, "hasCreditLimit");
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

        return ApiResponse.Ok(new JsonObject
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

    private static DateTimeOffset RequireTime(ApiRequest request, string name)
    {
        var text = request.QueryValue(name);
        if (string.IsNullOrEmpty(text))
        {
            throw ApiException.BadRequest($"{name} - Required");
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw ApiException.BadRequest($"{name} - Invalid date");
    }

    /// <summary>Values of <c>name[0]=..&amp;name[1]=..</c>; also <c>name[]=</c> and repeated <c>name=</c>.</summary>
    private static IEnumerable<string> IndexedValues(ApiRequest request, string name) =>
        request.Query
            .Where(p => p.Key == name || (p.Key.StartsWith(name + "[", StringComparison.Ordinal) && p.Key.EndsWith(']')))
            .Select(p => p.Value)
            .Where(v => v.Length > 0);

    private static int ParseInt(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ApiException.BadRequest($"{name} - Expected number");

    private static bool Flag(ApiRequest request, string name)
    {
        var value = request.QueryValue(name);
        if (value is null)
        {
            return false;
        }

        return bool.TryParse(value, out var flag) ? flag : throw ApiException.BadRequest($"{name} - Expected boolean");
    }
}
