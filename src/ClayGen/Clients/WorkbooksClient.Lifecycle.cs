namespace ClayGen;

public partial class WorkbooksClient
{
    /// <inheritdoc />
    public virtual Task<Workbook> CreateWorkbookAsync(long workspaceId, string name, string? parentFolderId = null, bool? autoRun = null, CancellationToken cancellationToken = default)
    {
        var request = new CreateWorkbookRequest
        {
            Name = name,
            WorkspaceId = workspaceId,
            ParentFolderId = parentFolderId,
            Settings = autoRun is null ? null : new WorkbookSettings { IsAutoRun = autoRun },
        };
        return CreateWorkbookAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<EmptyResponse> DeleteWorkbookAsync(long workspaceId, string workbookId, bool permanent = false, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(workbookId, nameof(workbookId));

        // DELETE /v3/workbooks/{id} was reported to answer 404; the bulk resources route is the corroborated one.
        var request = new DeleteResourcesRequest { FolderIds = [], WorkbookIds = [workbookId], TableIds = [], IsPermanentDelete = permanent };
        return new ResourcesClient(_httpClient).DeleteResourcesAsync(workspaceId, request, cancellationToken);
    }
}
