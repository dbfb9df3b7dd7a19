namespace ClayGen.Cli.Infrastructure;

/// <summary>What <c>clay login</c> keeps between runs.</summary>
/// <param name="BaseUrl">The server the session belongs to.</param>
/// <param name="Session">The claysession cookie value: a secret.</param>
/// <param name="Email">The account it was issued to.</param>
/// <param name="WorkspaceId">The default workspace, when the account has exactly one.</param>
/// <param name="SavedAt">When it was saved.</param>
internal sealed record SavedSession(string BaseUrl, string Session, string? Email, long? WorkspaceId, DateTimeOffset SavedAt);
