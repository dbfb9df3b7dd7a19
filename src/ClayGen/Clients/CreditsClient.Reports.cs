namespace ClayGen;

public partial class CreditsClient
{
    private static readonly IReadOnlySet<string> IndexedArrays = new HashSet<string>(StringComparer.Ordinal) { "ownerIds", "integrations" };

    /// <inheritdoc />
    public virtual Task<CreditReport> GetCreditReportAsync(int workspaceId, CreditReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GetCreditReportCoreAsync(
            workspaceId,
            query.ReportType,
            query.Start,
            query.End,
            query.OwnerIds.Count == 0 ? null : query.OwnerIds,
            query.IntegrationIds.Count == 0 ? null : query.IntegrationIds,
            query.IsRecurringOnly,
            query.HasCreditLimit,
            cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<CreditReport> GetWorkspaceCreditReportAsync(int workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end), cancellationToken);

    /// <inheritdoc />
    public virtual Task<CreditReport> GetUserCreditReportAsync(int workspaceId, int userId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end).ForOwners(userId), cancellationToken);

    /// <inheritdoc />
    public virtual Task<CreditReport> GetIntegrationSpecificCreditUsageAsync(int workspaceId, string integrationId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end).ForIntegrations(integrationId), cancellationToken);

    /// <inheritdoc />
    public virtual Task<CreditReport> GetIntegrationCreditReportAsync(int workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetCreditReportAsync(workspaceId, CreditReportQuery.Between(start, end).OfType(CreditReportTypes.Integration), cancellationToken);

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, System.Text.StringBuilder urlBuilder) =>
        ClayQueryEncoding.ApplyBracketSyntax(urlBuilder, IndexedArrays);
}
