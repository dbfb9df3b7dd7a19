namespace ClayGen.Cli.Infrastructure;

/// <summary>What <c>clay login</c> keeps between runs: a session, or an API key (<c>clay login --api-key</c>).</summary>
/// <param name="BaseUrl">The server the session or key belongs to.</param>
/// <param name="Session">The claysession cookie value, when logged in with email and password: a secret.</param>
/// <param name="Email">The account it was issued to, when known.</param>
/// <param name="WorkspaceId">The default workspace, when the account has exactly one.</param>
/// <param name="SavedAt">When it was saved.</param>
/// <param name="ApiKey">The API key, when logged in with one: a secret.</param>
internal sealed record SavedSession(string BaseUrl, string? Session, string? Email, long? WorkspaceId, DateTimeOffset SavedAt, string? ApiKey = null);
