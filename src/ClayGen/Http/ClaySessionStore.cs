using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;

namespace ClayGen.Http;

/// <summary>
/// The session shared by every request of one client, and its logins: single-flight (requests that
/// need a session together share one login), independent of any one caller's cancellation, and
/// never repeated with credentials Clay refused within <see cref="ClayClientOptions.RefusedLoginCooldown"/>.
/// Kept outside the handlers because IHttpClientFactory recycles handlers but not this store.
/// </summary>
public sealed class ClaySessionStore : IDisposable
{
    private readonly Lock _gate = new();
    private readonly string? _email;
    private readonly string? _password;
    private readonly string? _apiKey;
    private readonly TimeProvider _time;

    /// <summary>The clock of the options the store was made from (for the clients' waits and polls).</summary>
    internal TimeProvider Time => _time;
    private readonly TimeSpan _refusedLoginCooldown;
    private readonly TimeSpan _loginTimeout;
    private readonly CancellationTokenSource _disposed = new();
    private ClaySession? _current;
    private int _loginCount;
    private Tuple<ClaySession?, ClaySecrets>? _secrets;
    private Task<LoginOutcome>? _login;
    // Refused credentials, by a hash of email and password (the password itself is not kept).
    private readonly Dictionary<string, (ExceptionDispatchInfo Refusal, DateTimeOffset Until)> _refusals = new(StringComparer.Ordinal);

    /// <summary>Creates a store with the default cooldown and login timeout.</summary>
    /// <param name="session">The session to start with, if any.</param>
    /// <param name="email">The email to log in with when the session is missing or expired.</param>
    /// <param name="password">The password to log in with.</param>
    public ClaySessionStore(ClaySession? session, string? email = null, string? password = null)
        : this(new ClayClientOptions { Session = session, Email = email, Password = password })
    {
    }

    /// <summary>Creates a store from the client options (session, credentials, clock, cooldown, timeout).</summary>
    /// <param name="options">The client options.</param>
    public ClaySessionStore(ClayClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _current = options.Session;
        _email = options.Email;
        _password = options.Password;
        if (options.ApiKey is { } apiKey)
        {
            // Checked here too: a store built from options nobody validated must not send a malformed header.
            ClayClientOptions.ThrowIfInvalidApiKey(apiKey, nameof(options));
            _apiKey = apiKey;
        }

        _time = options.TimeProvider ?? TimeProvider.System;
        _refusedLoginCooldown = options.RefusedLoginCooldown;
        _loginTimeout = options.Timeout;
    }

    /// <summary>The session in use, if any.</summary>
    public ClaySession? Current => Volatile.Read(ref _current);

    /// <summary>Whether the store can log in by itself (an email and a password were given, and no API key).</summary>
    public bool CanLogin => _apiKey is null && !string.IsNullOrWhiteSpace(_email) && !string.IsNullOrEmpty(_password);

    /// <summary>Whether requests authenticate with an API key (<see cref="ClayClientOptions.ApiKey"/>) instead of the session.</summary>
    public bool UsesApiKey => _apiKey is not null;

    /// <summary>The API key sent instead of the session, if any.</summary>
    internal string? ApiKey => _apiKey;

    /// <summary>The values to scrub from exceptions and logs: the session in use, the API key, the email and the password.</summary>
    internal ClaySecrets Secrets
    {
        get
        {
            var current = Current;
            var cached = Volatile.Read(ref _secrets);
            if (cached is null || !ReferenceEquals(cached.Item1, current))
            {
                // Earlier sessions stay secret too: an old cookie echoed after a re-login is still a cookie.
                var secrets = ClaySecrets.Of(current, _email, _password, _apiKey);
                cached = Tuple.Create(current, cached is null ? secrets : cached.Item2.Union(secrets));
                Volatile.Write(ref _secrets, cached);
            }

            return cached.Item2;
        }
    }

    /// <summary>How many logins the store has made.</summary>
    public int LoginCount => Volatile.Read(ref _loginCount);

    /// <summary>Replaces the session (a login made through the client, or one made elsewhere).</summary>
    /// <param name="session">The new session.</param>
    public void Set(ClaySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Volatile.Write(ref _current, session);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    /// <summary>A description that never contains the session, the API key or the password.</summary>
    public override string ToString() =>
        $"ClaySessionStore(session: {(Current is null ? "none" : ClayRedactor.Mask)}, apiKey: {(_apiKey is null ? "none" : ClayRedactor.Mask)}, canLogin: {CanLogin})";

    /// <summary>
    /// Returns a session newer than <paramref name="stale"/>: one another caller already obtained, or the
    /// outcome of a login. A login already under way is joined, not repeated; it runs on its own clock
    /// (<see cref="ClayClientOptions.Timeout"/>), so a caller that gives up does not cancel it for the
    /// others. Credentials refused within the cooldown are not sent again: the refusal is rethrown.
    /// </summary>
    /// <param name="stale">The session the caller has (null: none).</param>
    /// <param name="mayLogIn">False when the caller already logged in once: it only takes a newer session.</param>
    /// <param name="login">Sends the login.</param>
    /// <param name="cancellationToken">Ends the caller's wait (not the login).</param>
    /// <returns>The newer session, or null when there is none and <paramref name="mayLogIn"/> is false.</returns>
    internal async Task<ClaySession?> RenewAsync(ClaySession? stale, bool mayLogIn, Func<string, string, CancellationToken, Task<ClaySession>> login, CancellationToken cancellationToken)
    {
        Task<LoginOutcome> pending;
        lock (_gate)
        {
            var current = Current;
            if (current is not null && !current.Equals(stale))
            {
                return current;
            }

            if (!CanLogin)
            {
                throw new ClayAuthenticationException("No Clay session is configured. " + ClayAuthenticationException.Advice);
            }

            if (!mayLogIn && _login is null)
            {
                return null;
            }

            if (_login is null)
            {
                ThrowIfRefused(_email!, _password!);
            }

            pending = _login ??= StartLogin(login);
        }

        var outcome = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        outcome.Failure?.Throw();
        return outcome.Session;
    }

    private Task<LoginOutcome> StartLogin(Func<string, string, CancellationToken, Task<ClaySession>> login)
    {
        // Started on the thread pool so it runs outside the lock and its outcome is published by RunLoginAsync alone.
        return Task.Run(() => RunLoginAsync(login));
    }

    private async Task<LoginOutcome> RunLoginAsync(Func<string, string, CancellationToken, Task<ClaySession>> login)
    {
        LoginOutcome outcome;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
            using var bound = new CancellationTokenSource(_loginTimeout, _time);
            using var linked = bound.Token.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), timeout);
            var session = await login(_email!, _password!, timeout.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _loginCount);
            Volatile.Write(ref _current, session);
            outcome = new LoginOutcome(session, null);
        }
        catch (Exception ex)
        {
            outcome = new LoginOutcome(null, ExceptionDispatchInfo.Capture(ex));
        }

        lock (_gate)
        {
            if (outcome.Failure?.SourceException is ClayAuthenticationException refusal)
            {
                // Clay refused these credentials: sending them again soon would only count against the account.
                RememberRefusal(_email!, _password!, refusal);
            }
            else if (outcome.Session is not null)
            {
                _refusals.Remove(Key(_email!, _password!));
            }

            _login = null;
        }

        return outcome;
    }

    /// <summary>Rethrows Clay's refusal of these credentials if it is younger than the cooldown.</summary>
    internal void ThrowIfRefused(string email, string password)
    {
        lock (_gate)
        {
            var key = Key(email, password);
            if (!_refusals.TryGetValue(key, out var refused))
            {
                return;
            }

            if (_time.GetUtcNow() < refused.Until)
            {
                refused.Refusal.Throw();
            }

            _refusals.Remove(key);
        }
    }

    /// <summary>Remembers that Clay refused these credentials, for the cooldown.</summary>
    internal void RememberRefusal(string email, string password, ClayAuthenticationException refusal)
    {
        if (_refusedLoginCooldown <= TimeSpan.Zero)
        {
            return;
        }

        lock (_gate)
        {
            _refusals[Key(email, password)] = (ExceptionDispatchInfo.Capture(refusal), _time.GetUtcNow() + _refusedLoginCooldown);
        }
    }

    /// <summary>Forgets a refusal of these credentials (they were just accepted).</summary>
    internal void ForgetRefusal(string email, string password)
    {
        lock (_gate)
        {
            _refusals.Remove(Key(email, password));
        }
    }

    private static string Key(string email, string password) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant() + "\n" + password)));

    private sealed record LoginOutcome(ClaySession? Session, ExceptionDispatchInfo? Failure);
}
