namespace ClayGen;

/// <summary>
/// A fluent, immutable description of a <c>resources_v2/</c> listing:
/// <c>ResourceFilter.Workbooks().OwnedBy(4515)</c>.
/// </summary>
public sealed record ResourceFilter
{
    /// <summary>Resource types to include (<see cref="ResourceTypes"/>); empty means all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Only resources created by these users; empty means anyone's.</summary>
    public IReadOnlyList<long> OwnerIds { get; init; } = [];

    /// <summary>Only the children of this folder (<c>f_...</c>), if set.</summary>
    public string? ParentFolderId { get; init; }

    /// <summary>Whether to list the whole tree instead of the top level.</summary>
    public bool IsGlobalSearch { get; init; }

    /// <summary>A text query on names, if set.</summary>
    public string? Query { get; init; }

    /// <summary>Every top-level resource.</summary>
    public static ResourceFilter All() => new();

    /// <summary>Workbooks only.</summary>
    public static ResourceFilter Workbooks() => new() { Types = [ResourceTypes.Workbook] };

    /// <summary>Tables only.</summary>
    public static ResourceFilter Tables() => new() { Types = [ResourceTypes.Table] };

    /// <summary>Folders only.</summary>
    public static ResourceFilter Folders() => new() { Types = [ResourceTypes.Folder] };

    /// <summary>Resources of the given types (<see cref="ResourceTypes"/>, or a newer value).</summary>
    /// <param name="types">The types.</param>
    public static ResourceFilter OfTypes(params string[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        foreach (var type in types)
        {
            ClayArgument.ThrowIfBlank(type, nameof(types));
        }

        return new() { Types = [.. types] };
    }

    /// <summary>Also only resources created by these users.</summary>
    /// <param name="ownerIds">Workspace user ids.</param>
    public ResourceFilter OwnedBy(params long[] ownerIds)
    {
        ClayArgument.ThrowIfInvalidUserIds(ownerIds, nameof(ownerIds));
        return this with { OwnerIds = [.. OwnerIds, .. ownerIds] };
    }

    /// <summary>Only the children of a folder.</summary>
    /// <param name="folderId">The folder (<c>f_...</c>).</param>
    public ResourceFilter InFolder(string folderId)
    {
        ClayArgument.ThrowIfInvalidId(folderId, nameof(folderId));
        return this with { ParentFolderId = folderId };
    }

    /// <summary>The whole tree, not only the top level.</summary>
    public ResourceFilter Everywhere() => this with { IsGlobalSearch = true };

    /// <summary>Only resources whose name matches <paramref name="query"/>.</summary>
    /// <param name="query">The text to look for.</param>
    public ResourceFilter Matching(string query)
    {
        ClayArgument.ThrowIfBlank(query, nameof(query));
        return this with { Query = query };
    }

    /// <summary>The request body this filter stands for.</summary>
    public ListResourcesRequest ToRequest() => new()
    {
        ParentResource = ParentFolderId is null ? null : new ResourceReference { Id = ParentFolderId, ResourceType = ResourceTypes.Folder },
        Filters = new ResourceFilters
        {
            ResourceTypes = Types.Count == 0 ? null : [.. Types],
            OwnerIds = OwnerIds.Count == 0 ? null : [.. OwnerIds],
            Q = Query,
        },
        IsGlobalSearch = IsGlobalSearch,
    };
}
