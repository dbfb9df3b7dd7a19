namespace ClayGen;

public partial interface IResourcesClient
{
    /// <summary>Lists resources with a <see cref="ResourceFilter"/> ("Fetch all resources").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="filter">e.g. <c>ResourceFilter.Workbooks().OwnedBy(4515)</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ResourceList> ListResourcesAsync(long workspaceId, ResourceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Lists the top-level resources a user created ("Get User-Created Resources").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="ownerId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ResourceList> ListUserCreatedResourcesAsync(long workspaceId, long ownerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Searches the whole resource tree by name ("Search a resource in workspace"): <c>resources_v2/</c>
    /// with <c>filters.q</c> and <c>isGlobalSearch: true</c>, as client code does (the docs site gives no route).
    /// </summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="query">The text to look for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ResourceList> SearchResourcesAsync(long workspaceId, string query, CancellationToken cancellationToken = default);
}
