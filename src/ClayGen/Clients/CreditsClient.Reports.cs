namespace ClayGen;

public partial class CreditsClient
{
    /// <inheritdoc />
    public virtual Task<CreditReport> GetCreditReportAsync(long workspaceId, CreditReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GetCreditReportCoreAsync(
            workspaceId,
            query.ReportType,
            query.Start,
            query.End,
            Indexed(query.OwnerIds),
            Indexed(query.IntegrationIds),
            query.IsRecurringOnly,
            query.HasCreditLimit,
            cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<CreditReport> GetWorkspaceCreditReportAsync(long workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end), cancellationToken);

    /// <inheritdoc />
    public virtual Task<CreditReport> GetUserCreditReportAsync(long workspaceId, long userId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end).ForOwners(userId), cancellationToken);

    /// <inheritdoc />
    public virtual Task<CreditReport> GetIntegrationSpecificCreditUsageAsync(long workspaceId, string integrationId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end).ForIntegrations(integrationId), cancellationToken);

    /// <inheritdoc />
    public virtual Task<CreditReport> GetIntegrationCreditReportAsync(long workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end).OfType(CreditReportTypes.Integration), cancellationToken);

    // The spec states Clay's indexed arrays (ownerIds[0]=4515) as deepObject dictionaries keyed by position.
    private static Dictionary<string, T>? Indexed<T>(IReadOnlyList<T> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var indexed = new Dictionary<string, T>(values.Count, StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            indexed.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]);
        }

        return indexed;
    }
}
