namespace ClayGen;

public partial class IntegrationsClient
{
    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<ActionDefinition>> GetIntegrationTypeDetailsAsync(long workspaceId, string appAccountTypeId, CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(appAccountTypeId, nameof(appAccountTypeId));
        var catalog = await ListActionsAsync(workspaceId, cancellationToken).ConfigureAwait(false);
        return (catalog.Actions ?? [])
            .Where(a => string.Equals(a?.Auth?.ProviderType, appAccountTypeId, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
