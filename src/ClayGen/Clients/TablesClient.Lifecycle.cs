namespace ClayGen;

public partial class TablesClient
{
    /// <inheritdoc />
    public virtual async Task<Table> CreateTableAsync(long workspaceId, string name, string? workbookId = null, CancellationToken cancellationToken = default)
    {
        var request = new CreateTableRequest { WorkspaceId = workspaceId, Name = name, WorkbookId = workbookId, Type = "spreadsheet", Template = "basic" };
        var answer = await CreateTableAsync(request, cancellationToken).ConfigureAwait(false);
        return answer.Table ?? throw new ClayUnexpectedResponseException($"Clay created table '{name}' but sent no table back; list the workspace's tables to find it.");
    }
}
