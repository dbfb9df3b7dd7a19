namespace ClayGen;

public partial interface IIntegrationsClient
{
    /// <summary>
    /// The actions of one integration type ("Get Integration Type Details"; low confidence: the
    /// action catalog filtered by <c>auth.providerType</c>).
    /// </summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="appAccountTypeId">An app account's <c>appAccountTypeId</c>, e.g. <c>elevenlabs</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<ActionDefinition>> GetIntegrationTypeDetailsAsync(long workspaceId, string appAccountTypeId, CancellationToken cancellationToken = default);
}
