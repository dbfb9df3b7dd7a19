namespace ClayGen;

public partial interface IAuthClient
{
    /// <summary>Logs in and returns the <c>claysession</c> cookie Clay set ("Fetch Clay Cookies").</summary>
    /// <param name="email">The account's email.</param>
    /// <param name="password">The account's password; never logged nor put in exceptions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ClaySession> FetchSessionAsync(string email, string password, CancellationToken cancellationToken = default);
}
