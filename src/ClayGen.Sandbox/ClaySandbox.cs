using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Middleware;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClayGen.Sandbox;

/// <summary>
/// A stateful stand-in for Clay's v3 API (<c>https://api.clay.com/v3</c>), an ASP.NET Core minimal-API
/// app. It keeps folders, workbooks, tables, fields, records, sources and export jobs in memory, checks
/// the <c>claysession</c> cookie (or an API key), runs enrichments on its own clock
/// (<see cref="ClaySandboxOptions.TimeProvider"/>), and can inject faults. Start one per test (or per fixture) with
/// <see cref="StartAsync"/> (Kestrel on a local port) or <see cref="StartInMemoryAsync"/> (no socket:
/// send through <see cref="CreateHandler"/>).
/// </summary>
/// <remarks>
/// The login response's cookie is marked <c>Secure</c>, as Clay's is, while the sandbox speaks plain
/// HTTP: a <see cref="System.Net.CookieContainer"/> will not send it back, so send the cookie header yourself.
/// </remarks>
public sealed class ClaySandbox : IAsyncDisposable, IDisposable
{
    private readonly SandboxState _state;
    private readonly RequestLog _log = new();
    private readonly WebApplication _app;
    private readonly string[] _fieldIds;
    private int _disposed;

    private ClaySandbox(ClaySandboxOptions options, bool inMemory)
    {
        Faults = new ClaySandboxFaults(options.Seed);
        _state = new SandboxState(options, Faults);

        var table = SandboxSeeder.Seed(_state);
        TableId = table.Id;
        ViewId = table.Views[0].Id;
        _fieldIds = [.. table.Fields.Select(f => f.Id)];
        Session = _state.Sessions.Issue();
        _app = SandboxApp.Build(_state, Faults, _log, options.Latency, inMemory ? null : options.Port ?? 0);
    }

    /// <summary>
    /// The sandbox's root, always ending with <c>/</c>: <c>http://127.0.0.1:5123/</c> on a port, or
    /// <c>http://localhost/</c> in memory (reachable only through <see cref="CreateHandler"/>).
    /// </summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Whether the sandbox runs in memory (<see cref="StartInMemoryAsync"/>) rather than on a port.</summary>
    public bool IsInMemory { get; private set; }

    /// <summary>
    /// A <c>claysession</c> value issued at start (<c>s%3A&lt;sid&gt;.&lt;sig&gt;</c>), to send as
    /// <c>Cookie: claysession=&lt;value&gt;</c>. It stops working after <see cref="ExpireSessions"/>.
    /// </summary>
    public string Session { get; }

    /// <summary>
    /// The API key the sandbox accepts instead of a session, sent raw as <c>Authorization: &lt;key&gt;</c>
    /// (<see cref="ClaySandboxOptions.ApiKey"/>). <c>Bearer &lt;key&gt;</c> is refused, as on Clay.
    /// </summary>
    public string ApiKey => _state.Options.ApiKey;

    /// <summary>The email <c>POST /v3/auth/login</c> accepts.</summary>
    public string Email => _state.Email;

    /// <summary>The password <c>POST /v3/auth/login</c> accepts.</summary>
    public string Password => _state.Password;

    /// <summary>The seeded (and only) workspace: 712043.</summary>
    public int WorkspaceId => SandboxState.WorkspaceId;

    /// <summary>The seeded workspace owner, the user every session acts as: 4515.</summary>
    public int UserId => SandboxState.OwnerUserId;

    /// <summary>A seeded, initially empty table (<c>t_...</c>) with text, number and action fields and two views.</summary>
    public string TableId { get; }

    /// <summary>The first view (<c>gv_...</c>) of <see cref="TableId"/>.</summary>
    public string ViewId { get; }

    /// <summary>The field ids (<c>f_...</c>) <see cref="TableId"/> was seeded with, in order: Company Name, Domain, Employees, Enrich Company.</summary>
    public IReadOnlyList<string> FieldIds => _fieldIds;

    /// <summary>Fault injection; faults apply before authentication, routing and any state change.</summary>
    public ClaySandboxFaults Faults { get; }

    /// <summary>How many requests the sandbox has answered.</summary>
    public int RequestCount => _log.Count;

    /// <summary>A snapshot of every request answered so far, oldest first.</summary>
    public IReadOnlyList<ClaySandboxRequest> Requests => _log.Snapshot();

    /// <summary>Starts a sandbox with Kestrel on <c>127.0.0.1</c> and a freshly seeded workspace.</summary>
    /// <param name="options">Port, credentials, latency and seed; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ClaySandboxOptions.Port"/> is outside 0 to 65535, or another option is out of its range.</exception>
    /// <exception cref="ArgumentException"><see cref="ClaySandboxOptions.ApiKey"/> is empty or <see cref="ClaySandboxOptions.TimeProvider"/> is null.</exception>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<ClaySandbox> StartAsync(ClaySandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ClaySandboxOptions();
        Validate(options);
        if (options.Port is { } port)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(port, nameof(options));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535, nameof(options));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var sandbox = new ClaySandbox(options, inMemory: false);
        try
        {
            await sandbox._app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = sandbox._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            // A literal IPv4 loopback, so clients do not try localhost's ::1 first.
            sandbox.Started(new Uri($"http://127.0.0.1:{new Uri(address).Port}/"), inMemory: false);
            return sandbox;
        }
        catch
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Starts a sandbox in memory (ASP.NET Core's <c>TestServer</c>): no socket, no port. Send requests
    /// through <see cref="CreateHandler"/>, for example as <c>ClayClientOptions.PrimaryHandler</c>.
    /// </summary>
    /// <param name="options">Credentials, latency and seed; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException"><see cref="ClaySandboxOptions.Port"/> is set (an in-memory sandbox has none), or another option is invalid.</exception>
    public static async Task<ClaySandbox> StartInMemoryAsync(ClaySandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ClaySandboxOptions();
        Validate(options);
        if (options.Port is not null)
        {
            throw new ArgumentException("An in-memory sandbox listens on no port: leave Port unset.", nameof(options));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var sandbox = new ClaySandbox(options, inMemory: true);
        try
        {
            await sandbox._app.StartAsync(cancellationToken).ConfigureAwait(false);
            sandbox.Started(sandbox._app.GetTestServer().BaseAddress, inMemory: true);
            return sandbox;
        }
        catch
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A new handler that sends requests to this sandbox: in memory for <see cref="StartInMemoryAsync"/>,
    /// over a loopback socket otherwise. Use it with <see cref="BaseAddress"/>; the caller disposes it.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The sandbox was disposed.</exception>
    public HttpMessageHandler CreateHandler()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return IsInMemory ? _app.GetTestServer().CreateHandler() : new SocketsHttpHandler { UseCookies = false };
    }

    /// <summary>Invalidates every session issued so far (requests get 401) until someone logs in or calls <see cref="IssueSession"/>.</summary>
    public void ExpireSessions()
    {
        lock (_state.Sync)
        {
            _state.Sessions.ExpireAll();
        }
    }

    /// <summary>Issues a new valid session value, as a login would.</summary>
    public string IssueSession()
    {
        lock (_state.Sync)
        {
            return _state.Sessions.Issue();
        }
    }

    /// <summary>The number of records in a table.</summary>
    /// <exception cref="KeyNotFoundException">No such table (or it was deleted).</exception>
    public int TotalRecordCount(string tableId)
    {
        lock (_state.Sync)
        {
            return _state.Resources.TryGetValue(tableId, out var resource) && resource is Model.Table table
                ? table.Records.Count
                : throw new KeyNotFoundException($"No table {tableId} in the sandbox.");
        }
    }

    /// <summary>Stops the server and waits for requests in flight.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Stops the server and waits for requests in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void Validate(ClaySandboxOptions options)
    {
        if (options.TimeProvider is null)
        {
            throw new ArgumentException("TimeProvider must not be null.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new ArgumentException("ApiKey must not be empty.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.RunQueuedFor, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RunRunningFor, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ExportDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBulkFetchRecords, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.WebhookBurst, nameof(options));
        if (!(options.WebhookRecordsPerSecond > 0) || double.IsInfinity(options.WebhookRecordsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WebhookRecordsPerSecond, "WebhookRecordsPerSecond must be a positive number.");
        }
    }

    private void Started(Uri baseAddress, bool inMemory)
    {
        BaseAddress = baseAddress;
        IsInMemory = inMemory;
        lock (_state.Sync)
        {
            _state.BaseAddress = baseAddress;
        }
    }
}
