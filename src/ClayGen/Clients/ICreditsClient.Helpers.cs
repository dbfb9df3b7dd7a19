namespace ClayGen;

public partial interface ICreditsClient
{
    /// <summary>Gets a credit report for any <see cref="CreditReportQuery"/> (type, time range, users, integrations).</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="query">e.g. <c>CreditReportQuery.Between(from, to).ForOwners(4515)</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CreditReport> GetCreditReportAsync(long workspaceId, CreditReportQuery query, CancellationToken cancellationToken = default);

    /// <summary>The workspace's credit usage by folder, workbook and table ("Get Workspace Credit Usage Report").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="start">The start of the range.</param>
    /// <param name="end">The end of the range.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CreditReport> GetWorkspaceCreditReportAsync(long workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);

    /// <summary>One user's credit usage ("Get User-Specific Credit Usage Report").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="userId">The user's id.</param>
    /// <param name="start">The start of the range.</param>
    /// <param name="end">The end of the range.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CreditReport> GetUserCreditReportAsync(long workspaceId, long userId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);

    /// <summary>One integration's credit usage ("Get Integration-Specific Credit Usage").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="integrationId">The action-package id (UUID).</param>
    /// <param name="start">The start of the range.</param>
    /// <param name="end">The end of the range.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CreditReport> GetIntegrationSpecificCreditUsageAsync(long workspaceId, string integrationId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);

    /// <summary>Credit usage by integration ("Get Integration Credit Usage Report").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="start">The start of the range.</param>
    /// <param name="end">The end of the range.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CreditReport> GetIntegrationCreditReportAsync(long workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);
}
