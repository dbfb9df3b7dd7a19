namespace ClayGen;

public partial interface IFoldersClient
{
    /// <summary>Creates a folder ("Create a folder").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="name">The folder's name.</param>
    /// <param name="parentFolderId">A folder to nest it in (unverified by Clay's docs).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Folder> CreateFolderAsync(long workspaceId, string name, string? parentFolderId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a folder ("Delete a folder"), to the trash unless <paramref name="permanent"/>.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="folderId">The folder (<c>f_...</c>).</param>
    /// <param name="permanent">Delete for good instead of moving to the trash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EmptyResponse> DeleteFolderAsync(long workspaceId, string folderId, bool permanent = false, CancellationToken cancellationToken = default);
}
