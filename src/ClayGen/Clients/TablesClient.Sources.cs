namespace ClayGen;

public partial class TablesClient
{
    /// <inheritdoc />
    public virtual Task<UpdateTableResponse> AddWebhookAsync(string tableId, long workspaceId, string name, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfNotPositive(workspaceId, nameof(workspaceId));
        ClayArgument.ThrowIfBlank(name, nameof(name));
        var request = new UpdateTableRequest
        {
            SourceSettings = new SourceSettings
            {
                AddSource = new AddSource
                {
                    Name = "Webhook",
                    Source = new NewSource { Name = name, WorkspaceId = workspaceId, Type = "webhook", TypeSettings = new SourceTypeSettings() },
                },
            },
        };
        return UpdateTableAsync(tableId, request, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<UpdateTableResponse> RenameTableAsync(string tableId, string name, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfBlank(name, nameof(name));
        return UpdateTableAsync(tableId, new UpdateTableRequest { Name = name }, cancellationToken);
    }
}
