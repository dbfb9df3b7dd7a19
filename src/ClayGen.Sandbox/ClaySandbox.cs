using ClayGen.Sandbox.State;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ClayGen.Sandbox;

/// <summary>
/// A stateful, in-process stand-in for Clay's v3 API (<c>https://api.clay.com/v3</c>) on a local port.
/// It keeps folders, workbooks, tables, records and sources in memory, checks the <c>claysession</c>
/// cookie, and can inject faults. Start one per test (or per fixture) with <see cref="StartAsync"/>.
/// </summary>
/// <remarks>
/// The login response's cookie is marked <c>Secure</c>, as Clay's is, while the sandbox speaks plain
/// HTTP: a <see cref="System.Net.CookieContainer"/> will not send it back, so send the cookie header yourself.
/// </remarks>
public sealed class ClaySandbox : IAsyncDisposable, IDisposable
{
    private readonly SandboxState _state;
    private readonly SandboxPipeline _pipeline;
    private readonly string[] _fieldIds;

    private ClaySandbox(ClaySandboxOptions options)
    {
        _state = new SandboxState(options);
        Faults = new ClaySandboxFaults(options.Seed);
        _pipeline = new SandboxPipeline(_state, Faults, options.Latency);

        var table = SandboxSeeder.Seed(_state);
        TableId = table.Id;
        ViewId = table.Views[0].Id;
        _fieldIds = [.. table.Fields.Select(f => f.Id)];
        Session = _state.Sessions.Issue();

        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{options.Port ?? 0}"],
            StartAdminInterface = false,
            // Clay's deletes carry JSON bodies; WireMock drops DELETE bodies unless told otherwise.
            AllowBodyForAllHttpMethods = true,
            // The pipeline parses bodies itself and must see invalid JSON as text to answer 400.
            DisableJsonBodyParsing = true,
            DisableDeserializeFormUrlEncoded = true,
            // WireMock's own log would hold every request and response forever; Requests replaces it.
            MaxRequestLogCount = 0,
        });
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(_pipeline.HandleAsync));

        // WireMock reports the host back as "localhost" or "127.0.0.1" depending on the port option;
        // a literal IPv4 loopback avoids clients resolving localhost to ::1 first.
        BaseAddress = new Uri($"http://127.0.0.1:{Server.Port}/");
        _state.BaseAddress = BaseAddress;
    }

    /// <summary>The sandbox's root, e.g. <c>http://127.0.0.1:5123/</c>; always ends with <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// A <c>claysession</c> value issued at start (<c>s%3A&lt;sid&gt;.&lt;sig&gt;</c>), to send as
    /// <c>Cookie: claysession=&lt;value&gt;</c>. It stops working after <see cref="ExpireSessions"/>.
    /// </summary>
    public string Session { get; }

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
    public int RequestCount => _pipeline.RequestCount;

    /// <summary>A snapshot of every request answered so far, oldest first.</summary>
    public IReadOnlyList<ClaySandboxRequest> Requests => _pipeline.Requests;

    /// <summary>The underlying WireMock server: an escape hatch, for example to add mappings of higher priority.</summary>
    public WireMockServer Server { get; }

    /// <summary>Starts a sandbox on <c>127.0.0.1</c> with a freshly seeded workspace.</summary>
    /// <param name="options">Port, credentials, latency and seed; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels before the server starts.</param>
    public static Task<ClaySandbox> StartAsync(ClaySandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // WireMock starts synchronously; the Task keeps callers free of that detail.
        return Task.FromResult(new ClaySandbox(options ?? new ClaySandboxOptions()));
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

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
