namespace ClayGen;

public partial interface IWorkbooksClient
{
    /// <summary>Creates a workbook ("Create a Workbook").</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="name">The workbook's name.</param>
    /// <param name="parentFolderId">A folder to put it in.</param>
    /// <param name="autoRun">Whether enrichments run automatically on new rows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Workbook> CreateWorkbookAsync(long workspaceId, string name, string? parentFolderId = null, bool? autoRun = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a workbook ("Delete a Workbook"), to the trash unless <paramref name="permanent"/>.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="workbookId">The workbook (<c>wb_...</c>).</param>
    /// <param name="permanent">Delete for good instead of moving to the trash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<EmptyResponse> DeleteWorkbookAsync(long workspaceId, string workbookId, bool permanent = false, CancellationToken cancellationToken = default);
}
