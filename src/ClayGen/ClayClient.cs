using ClayGen.Http;

namespace ClayGen;

/// <summary>
/// The one entry point to Clay's v3 API: a client per resource group of the spec
/// (<c>clay.Tables.CountRowsAsync(...)</c>), sharing one HTTP pipeline and one session.
/// </summary>
/// <example>
/// <code>
/// using var clay = new ClayClient(new ClayClientOptions { Session = ClaySession.FromEnvironment() });
/// var count = await clay.Tables.CountRowsAsync("t_abc");
/// </code>
/// </example>
public sealed partial class ClayClient : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly ClaySessionStore? _sessionStore;

    /// <summary>Creates a client with its own HTTP pipeline (session, retries, timeouts, logging).</summary>
    /// <param name="options">The settings; validated here.</param>
    public ClayClient(ClayClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _sessionStore = new ClaySessionStore(options);
        _httpClient = new HttpClient(ClayHttpPipeline.Create(options, _sessionStore), disposeHandler: true)
        {
            BaseAddress = options.BaseAddress,
            // The resilience pipeline owns timeouts, so it can tell a timeout from cancellation.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _ownsHttpClient = true;
        (Auth, Workspaces, Folders, Resources, Workbooks, Tables, Fields, Exports, Credits, Integrations, Sources) = CreateClients(_httpClient, options.TimeProvider);
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> configured elsewhere (e.g. by
    /// <c>AddClayClient</c>); its <see cref="HttpClient.BaseAddress"/> must end with <c>/</c>.
    /// </summary>
    /// <param name="httpClient">The configured client; not disposed by this instance.</param>
    /// <param name="sessionStore">The session store its pipeline uses, if any, so <see cref="Session"/> can report it.</param>
    public ClayClient(HttpClient httpClient, ClaySessionStore? sessionStore = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.BaseAddress is null || !httpClient.BaseAddress.AbsolutePath.EndsWith('/'))
        {
            throw new ArgumentException("httpClient.BaseAddress must be set and end with '/'.", nameof(httpClient));
        }

        _httpClient = httpClient;
        _sessionStore = sessionStore;
        (Auth, Workspaces, Folders, Resources, Workbooks, Tables, Fields, Exports, Credits, Integrations, Sources) = CreateClients(_httpClient, sessionStore?.Time ?? TimeProvider.System);
    }

    /// <summary>Logging in (<c>POST /v3/auth/login</c>), the current user and the health check.</summary>
    public IAuthClient Auth { get; }

    /// <summary>Workspaces and their users.</summary>
    public IWorkspacesClient Workspaces { get; }

    /// <summary>Folders.</summary>
    public IFoldersClient Folders { get; }

    /// <summary>The resource tree (folders, workbooks, tables): listing, search and bulk delete.</summary>
    public IResourcesClient Resources { get; }

    /// <summary>Workbooks.</summary>
    public IWorkbooksClient Workbooks { get; }

    /// <summary>Tables, their rows and enrichment runs.</summary>
    public ITablesClient Tables { get; }

    /// <summary>Credit usage reports.</summary>
    public ICreditsClient Credits { get; }

    /// <summary>Fields (columns) of a table: plain, formula, source and enrichment (action) fields.</summary>
    public IFieldsClient Fields { get; }

    /// <summary>Exports of a table or view to CSV: start, poll, download.</summary>
    public IExportsClient Exports { get; }

    /// <summary>Integrations (app accounts) and the action catalog.</summary>
    public IIntegrationsClient Integrations { get; }

    /// <summary>Table sources (webhooks, actions).</summary>
    public ISourcesClient Sources { get; }

    /// <summary>The base address requests go to.</summary>
    public Uri BaseAddress => _httpClient.BaseAddress!;

    /// <summary>The session in use, if known (e.g. after the client logged in by itself). A secret: store it with care.</summary>
    public ClaySession? Session => _sessionStore?.Current;

    /// <summary>Logs in, and the client's session handler makes the new session the one in use.</summary>
    /// <param name="email">The account's email.</param>
    /// <param name="password">The account's password.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    public Task<ClaySession> LoginAsync(string email, string password, CancellationToken cancellationToken = default) =>
        ClayLogin.LoginAsync(_httpClient, email, password, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
            _sessionStore?.Dispose();
        }
    }

    private static (IAuthClient, IWorkspacesClient, IFoldersClient, IResourcesClient, IWorkbooksClient, ITablesClient, IFieldsClient, IExportsClient, ICreditsClient, IIntegrationsClient, ISourcesClient)
        CreateClients(HttpClient http, TimeProvider clock) =>
        (new AuthClient(http), new WorkspacesClient(http), new FoldersClient(http), new ResourcesClient(http),
         new WorkbooksClient(http), new TablesClient(http) { Clock = clock }, new FieldsClient(http), new ExportsClient(http) { Clock = clock }, new CreditsClient(http),
         new IntegrationsClient(http), new SourcesClient(http) { Clock = clock });
}
