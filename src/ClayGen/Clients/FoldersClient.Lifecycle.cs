namespace ClayGen;

public partial class FoldersClient
{
    /// <inheritdoc />
    public virtual Task<Folder> CreateFolderAsync(long workspaceId, string name, string? parentFolderId = null, CancellationToken cancellationToken = default) =>
        CreateFolderAsync(workspaceId, new CreateFolderRequest { Name = name, ParentFolderId = parentFolderId }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<EmptyResponse> DeleteFolderAsync(long workspaceId, string folderId, bool permanent = false, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(folderId, nameof(folderId));

        // Clay deletes folders through the bulk resources route (see the spec's deleteResources).
        var request = new DeleteResourcesRequest { FolderIds = [folderId], WorkbookIds = [], TableIds = [], IsPermanentDelete = permanent };
        return new ResourcesClient(_httpClient).DeleteResourcesAsync(workspaceId, request, cancellationToken);
    }
}
