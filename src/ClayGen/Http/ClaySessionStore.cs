using System.Runtime.ExceptionServices;

namespace ClayGen.Http;

/// <summary>
/// The session shared by every request of one client, and the single-flight re-login: requests
/// that hit 401 together wait for one login instead of each starting their own.
/// Kept outside the handlers because IHttpClientFactory recycles handlers but not this store.
/// </summary>
public sealed class ClaySessionStore : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string? _email;
    private readonly string? _password;
    private ClaySession? _current;
    private int _loginCount;
    private int _loginsFinished;
    private ExceptionDispatchInfo? _lastLoginFailure;
    private Tuple<ClaySession?, ClaySecrets>? _secrets;

    /// <summary>Creates a store.</summary>
    /// <param name="session">The session to start with, if any.</param>
    /// <param name="email">The email to log in with when the session is missing or expired.</param>
    /// <param name="password">The password to log in with.</param>
    public ClaySessionStore(ClaySession? session, string? email = null, string? password = null)
    {
        _current = session;
        _email = email;
        _password = password;
    }

    /// <summary>The session in use, if any.</summary>
    public ClaySession? Current => Volatile.Read(ref _current);

    /// <summary>Whether the store can log in by itself (an email and a password were given).</summary>
    public bool CanLogin => !string.IsNullOrWhiteSpace(_email) && !string.IsNullOrEmpty(_password);

    /// <summary>The values to scrub from exceptions and logs: the session in use, the email and the password.</summary>
    internal ClaySecrets Secrets
    {
        get
        {
            var current = Current;
            var cached = Volatile.Read(ref _secrets);
            if (cached is null || !ReferenceEquals(cached.Item1, current))
            {
                // Earlier sessions stay secret too: an old cookie echoed after a re-login is still a cookie.
                var secrets = ClaySecrets.Of(current, _email, _password);
                cached = Tuple.Create(current, cached is null ? secrets : cached.Item2.Union(secrets));
                Volatile.Write(ref _secrets, cached);
            }

            return cached.Item2;
        }
    }

    /// <summary>How many logins the store has made.</summary>
    public int LoginCount => Volatile.Read(ref _loginCount);

    /// <summary>Replaces the session (e.g. after a login made elsewhere).</summary>
    /// <param name="session">The new session.</param>
    public void Set(ClaySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Volatile.Write(ref _current, session);
    }

    /// <summary>
    /// Returns a session newer than <paramref name="stale"/>, logging in only if no other caller
    /// already did. Callers that waited while a login failed get that failure instead of trying
    /// again themselves: twenty refused logins in a row could lock the account.
    /// </summary>
    internal async Task<ClaySession> RenewAsync(ClaySession? stale, Func<string, string, CancellationToken, Task<ClaySession>> login, CancellationToken cancellationToken)
    {
        var finishedBefore = Volatile.Read(ref _loginsFinished);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Current;
            if (current is not null && !current.Equals(stale))
            {
                return current;
            }

            if (!CanLogin)
            {
                throw new ClayAuthenticationException(
                    "No Clay session is configured. " + ClayAuthenticationException.Advice);
            }

            if (_loginsFinished != finishedBefore && _lastLoginFailure is { } failure)
            {
                failure.Throw();
            }

            try
            {
                var fresh = await login(_email!, _password!, cancellationToken).ConfigureAwait(false);
                _lastLoginFailure = null;
                Interlocked.Increment(ref _loginCount);
                Volatile.Write(ref _current, fresh);
                return fresh;
            }
            catch (OperationCanceledException)
            {
                // One caller gave up; the others still want a session and may log in themselves.
                _lastLoginFailure = null;
                throw;
            }
            catch (Exception ex)
            {
                _lastLoginFailure = ExceptionDispatchInfo.Capture(ex);
                throw;
            }
            finally
            {
                // Counted when finished, so callers that arrived while it ran share its outcome.
                Volatile.Write(ref _loginsFinished, _loginsFinished + 1);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>A description that never contains the session or the password.</summary>
    public override string ToString() => $"ClaySessionStore(session: {(Current is null ? "none" : ClayRedactor.Mask)}, canLogin: {CanLogin})";
}
