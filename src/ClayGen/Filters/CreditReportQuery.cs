using System.Globalization;

namespace ClayGen;

/// <summary>
/// A fluent, immutable credit-report query, sent with Clay's literal bracket syntax
/// (<c>timeRange[startTime]=...&amp;ownerIds[0]=...</c>):
/// <c>CreditReportQuery.Between(from, to).ForOwners(4515)</c>.
/// </summary>
public sealed record CreditReportQuery
{
    private CreditReportQuery(DateTimeOffset start, DateTimeOffset end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The start of the range.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The end of the range.</summary>
    public DateTimeOffset End { get; }

    /// <summary>The report type (<see cref="CreditReportTypes"/>); default <c>workspace</c>.</summary>
    public string ReportType { get; init; } = CreditReportTypes.Workspace;

    /// <summary>Only the credits of these users.</summary>
    public IReadOnlyList<long> OwnerIds { get; init; } = [];

    /// <summary>Only the credits of these integrations (action-package ids).</summary>
    public IReadOnlyList<string> IntegrationIds { get; init; } = [];

    /// <summary>Only recurring runs, if set.</summary>
    public bool? IsRecurringOnly { get; init; }

    /// <summary>Only resources with a credit limit, if set.</summary>
    public bool? HasCreditLimit { get; init; }

    /// <summary>A query over <paramref name="start"/> to <paramref name="end"/> (sent in UTC).</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end; not before the start.</param>
    public static CreditReportQuery Between(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The end ({end:O}) is before the start ({start:O})."),
                nameof(end));
        }

        return new CreditReportQuery(start.ToUniversalTime(), end.ToUniversalTime());
    }

    /// <summary>A query over the last <paramref name="span"/> up to now.</summary>
    /// <param name="span">How far back.</param>
    /// <param name="timeProvider">The clock; default the system's.</param>
    public static CreditReportQuery Last(TimeSpan span, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        return Between(now - span, now);
    }

    /// <summary>A report of another type (<see cref="CreditReportTypes"/>).</summary>
    /// <param name="reportType">The type.</param>
    public CreditReportQuery OfType(string reportType)
    {
        ClayArgument.ThrowIfInvalidId(reportType, nameof(reportType));
        return this with { ReportType = reportType };
    }

    /// <summary>Also only the credits of these users.</summary>
    /// <param name="ownerIds">Workspace user ids.</param>
    public CreditReportQuery ForOwners(params long[] ownerIds)
    {
        ClayArgument.ThrowIfInvalidUserIds(ownerIds, nameof(ownerIds));
        return this with { OwnerIds = [.. OwnerIds, .. ownerIds] };
    }

    /// <summary>Also only the credits of these integrations.</summary>
    /// <param name="integrationIds">Action-package ids (UUIDs).</param>
    public CreditReportQuery ForIntegrations(params string[] integrationIds)
    {
        ArgumentNullException.ThrowIfNull(integrationIds);
        ClayArgument.ThrowIfInvalidIds(integrationIds, nameof(integrationIds));
        return this with { IntegrationIds = [.. IntegrationIds, .. integrationIds] };
    }

    /// <summary>Only recurring runs.</summary>
    public CreditReportQuery RecurringOnly() => this with { IsRecurringOnly = true };

    /// <summary>Only resources with a credit limit.</summary>
    public CreditReportQuery WithCreditLimit() => this with { HasCreditLimit = true };
}
