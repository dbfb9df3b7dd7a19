using Microsoft.Extensions.Logging;

namespace ClayGen;

/// <summary>Settings of a <see cref="ClayClient"/>. Every limit has a documented default.</summary>
public sealed class ClayClientOptions
{
    /// <summary>Clay's production base address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.clay.com/");

    /// <summary>The base address; paths (<c>v3/...</c>) are appended to it. Default <c>https://api.clay.com/</c>.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The session to use. When absent, the client logs in with <see cref="Email"/> and <see cref="Password"/>.</summary>
    public ClaySession? Session { get; set; }

    /// <summary>
    /// A Clay API key, the alternative to a session: sent raw as <c>Authorization: &lt;key&gt;</c> (no
    /// <c>Bearer</c>) on every request instead of the cookie, and the client never logs in. A key Clay
    /// refuses is a <see cref="ClayAuthenticationException"/> at once, neither retried nor followed by a
    /// login. Set either this or <see cref="Session"/>/<see cref="Email"/>/<see cref="Password"/>, not both.
    /// It never appears in logs or exceptions.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The email to log in with, on first use and again whenever the session expires.</summary>
    public string? Email { get; set; }

    /// <summary>The password to log in with. It never appears in logs or exceptions.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// The time one attempt may take, reading a buffered body included (default 30 s); for a streamed body
    /// (record ids), the longest wait for its next bytes.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The time a call may take (default 2 min): connecting, headers, body, retries and their waits, and
    /// the login the call triggers. A streamed body stops at it too.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt (default 3; 0 disables retries).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay, doubled on each retry, with jitter (default 0.5 s).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, <c>Retry-After</c> included (default 30 s).</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether the session cookie, the API key and the password may go over plain <c>http</c> to a host that is not
    /// loopback (default <see langword="false"/>: such a <see cref="BaseAddress"/> is refused, and so is a
    /// request to one). Loopback addresses (a local sandbox) are always allowed.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// How long a login Clay refused (wrong email or password) is remembered, per email and password:
    /// within it, this client sends those credentials neither in its own re-login nor in an explicit
    /// login; callers get the refusal at once (default 1 min; zero turns the memory off). Repeated
    /// bad-password logins can lock the account.
    /// </summary>
    public TimeSpan RefusedLoginCooldown { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Where request logs go (one line per attempt, secrets redacted). Optional.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock for backoff and timeouts; replace it in tests. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The innermost handler that talks to the network. Default: a <see cref="SocketsHttpHandler"/>
    /// with cookies off, since the session is managed per client rather than in a shared container.
    /// </summary>
    public HttpMessageHandler? PrimaryHandler { get; set; }

    /// <summary>Throws when a setting is out of range.</summary>
    /// <param name="paramName">The parameter name to report (the options argument of the caller).</param>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate(string paramName = "options")
    {
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("BaseAddress must be an absolute URI.", paramName);
        }

        if (!BaseAddress.AbsolutePath.EndsWith('/'))
        {
            throw new ArgumentException("BaseAddress must end with '/', or its last path segment is dropped.", paramName);
        }

        if (!AllowInsecureHttp && Http.ClayRedirectGuardHandler.IsInsecure(BaseAddress))
        {
            throw new ArgumentException(
                "BaseAddress uses plain http to a host that is not loopback: the session cookie, API key and password would travel unencrypted. Use https, or set AllowInsecureHttp.",
                paramName);
        }

        if (PrimaryHandler is SocketsHttpHandler { AllowAutoRedirect: true } or HttpClientHandler { AllowAutoRedirect: true })
        {
            throw new ArgumentException(
                "PrimaryHandler follows redirects by itself, which would carry the session cookie or API key to another host: set AllowAutoRedirect = false (ClayGen follows redirects within one origin).",
                paramName);
        }

        if (string.IsNullOrWhiteSpace(Email) != string.IsNullOrEmpty(Password))
        {
            throw new ArgumentException("Give both Email and Password, or neither.", paramName);
        }

        if (ApiKey is not null)
        {
            ThrowIfInvalidApiKey(ApiKey, paramName);
            if (Session is not null || !string.IsNullOrWhiteSpace(Email) || !string.IsNullOrEmpty(Password))
            {
                throw new ArgumentException(
                    "Set either ApiKey or a session/credentials (Session, or Email and Password), not both: with an API key the client sends no cookie and never logs in.",
                    paramName);
            }
        }

        RequirePositive(AttemptTimeout, nameof(AttemptTimeout), paramName);
        RequirePositive(Timeout, nameof(Timeout), paramName);
        RequirePositive(RetryBaseDelay, nameof(RetryBaseDelay), paramName);
        RequirePositive(RetryMaxDelay, nameof(RetryMaxDelay), paramName);
        if (RefusedLoginCooldown < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, RefusedLoginCooldown, "RefusedLoginCooldown must not be negative.");
        }

        if (MaxRetries is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxRetries, "MaxRetries must be between 0 and 100.");
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("TimeProvider must not be null.", paramName);
        }
    }

    /// <summary>A description that never contains the session, the API key or the password.</summary>
    public override string ToString() =>
        $"ClayClientOptions(BaseAddress: {BaseAddress}, Session: {(Session is null ? "none" : "[redacted]")}, ApiKey: {(ApiKey is null ? "none" : "[redacted]")}, Email: {(Email is null ? "none" : "[set]")}, Password: {(Password is null ? "none" : "[redacted]")})";

    /// <summary>
    /// A blank key, or one with a control character (a line break would inject headers), or with spaces
    /// around it (a copy-paste slip the server would refuse). The message never holds the key.
    /// </summary>
    internal static void ThrowIfInvalidApiKey(string apiKey, string paramName)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("ApiKey must not be empty or whitespace.", paramName);
        }

        if (apiKey.Any(char.IsControl))
        {
            throw new ArgumentException("ApiKey must not contain control characters such as line breaks: it is sent as an HTTP header.", paramName);
        }

        if (char.IsWhiteSpace(apiKey[0]) || char.IsWhiteSpace(apiKey[^1]))
        {
            throw new ArgumentException("ApiKey must not start or end with whitespace.", paramName);
        }
    }

    private static void RequirePositive(TimeSpan value, string name, string paramName)
    {
        if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(paramName, value, name + " must be positive.");
        }
    }
}
