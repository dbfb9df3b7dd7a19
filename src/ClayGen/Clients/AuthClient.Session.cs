namespace ClayGen;

public partial class AuthClient
{
    /// <inheritdoc />
    public virtual Task<ClaySession> FetchSessionAsync(string email, string password, CancellationToken cancellationToken = default) =>
        ClaySession.LoginAsync(_httpClient, email, password, cancellationToken);
}
