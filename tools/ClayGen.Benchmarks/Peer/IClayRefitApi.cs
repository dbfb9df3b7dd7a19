using ClayGen.Benchmarks.Baseline;
using Refit;

namespace ClayGen.Benchmarks.Peer;

/// <summary>The same three calls as a Refit interface: the peer.</summary>
public interface IClayRefitApi
{
    /// <summary><c>GET v3/tables/{tableId}/count</c>.</summary>
    /// <param name="tableId">The table.</param>
    /// <param name="cookie">The <c>Cookie</c> header.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v3/tables/{tableId}/count")]
    [Headers("Accept: application/json")]
    Task<CountDto> CountRowsAsync(string tableId, [Header("Cookie")] string cookie, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/workspaces/{workspaceId}/resources_v2/</c>.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="body">The filters.</param>
    /// <param name="cookie">The <c>Cookie</c> header.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v3/workspaces/{workspaceId}/resources_v2/")]
    [Headers("Accept: application/json")]
    Task<ResourceListDto> ListResourcesAsync(int workspaceId, [Body] ListResourcesBody body, [Header("Cookie")] string cookie, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/credit-reporting/{workspaceId}/creditReportType/workspace</c>.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="start">The range's start, ISO-8601.</param>
    /// <param name="end">The range's end, ISO-8601.</param>
    /// <param name="cookie">The <c>Cookie</c> header.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v3/credit-reporting/{workspaceId}/creditReportType/workspace")]
    [Headers("Accept: application/json")]
    Task<CreditReportDto> GetCreditReportAsync(
        int workspaceId,
        [AliasAs("timeRange[startTime]")] string start,
        [AliasAs("timeRange[endTime]")] string end,
        [Header("Cookie")] string cookie,
        CancellationToken cancellationToken = default);
}
