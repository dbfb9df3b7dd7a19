namespace ClayGen;

public partial class ResourcesClient
{
    /// <inheritdoc />
    public virtual Task<ResourceList> ListResourcesAsync(long workspaceId, ResourceFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ListResourcesAsync(workspaceId, filter.ToRequest(), cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<ResourceList> ListUserCreatedResourcesAsync(long workspaceId, long ownerId, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfNotPositive(ownerId, nameof(ownerId));
        return ListResourcesAsync(workspaceId, ResourceFilter.All().OwnedBy(ownerId), cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<ResourceList> SearchResourcesAsync(long workspaceId, string query, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfBlank(query, nameof(query));
        return ListResourcesAsync(workspaceId, ResourceFilter.All().Matching(query).Everywhere(), cancellationToken);
    }
}
