using ClayGen.Http;

namespace ClayGen;

public partial class AuthClient
{
    /// <inheritdoc />
    public virtual Task<ClaySession> FetchSessionAsync(string email, string password, CancellationToken cancellationToken = default) =>
        ClayLogin.LoginAsync(_httpClient, email, password, cancellationToken);
}
