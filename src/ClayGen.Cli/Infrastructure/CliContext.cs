using System.CommandLine;
using System.Globalization;
using ClayGen.Sandbox;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Infrastructure;

/// <summary>
/// One command's run: its parsed input, where output goes, and the connection to Clay (or to the
/// embedded sandbox with <c>--sandbox</c>), resolved on first use and disposed at the end.
/// </summary>
internal sealed class CliContext : IAsyncDisposable
{
    private readonly GlobalOptions _globals;
    private IAnsiConsole? _console;
    private ClayClient? _client;
    private SavedSession? _saved;
    private bool _savedLoaded;

    public CliContext(ClayCliEnvironment environment, ParseResult parse, GlobalOptions globals, CancellationToken cancellationToken)
    {
        Environment = environment;
        Parse = parse;
        _globals = globals;
        CancellationToken = cancellationToken;
    }

    public ClayCliEnvironment Environment { get; }

    public ParseResult Parse { get; }

    public CancellationToken CancellationToken { get; }

    public bool Json => Parse.GetValue(_globals.Json);

    public bool UseSandbox => Parse.GetValue(_globals.Sandbox);

    /// <summary>The sandbox of a <c>--sandbox</c> run, once <see cref="ClientAsync"/> found or started it.</summary>
    public SandboxEndpoint? Sandbox { get; private set; }

    // The sandbox this command started itself (none when a served one was found), disposed at the end.
    private ClaySandbox? _embedded;

    public IAnsiConsole Console => _console ??= CliConsole.Create(Environment.Out, Environment);

    public SessionFile SessionFile => SessionFile.For(Environment);

    public T? Get<T>(Option<T> option) => Parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>A client for the configured server, or for a sandbox with <c>--sandbox</c>.</summary>
    public async Task<ClayClient> ClientAsync()
    {
        if (_client is not null)
        {
            return _client;
        }

        var explicitSession = ExplicitSession();
        if (UseSandbox)
        {
            if (Parse.GetValue(_globals.BaseUrl) is not null)
            {
                throw new CliUsageException("--sandbox runs its own server: leave out --base-url.");
            }

            // A running `clay sandbox serve` keeps state across commands; without one, this command
            // gets an embedded sandbox of its own that is gone when it ends.
            Sandbox = await SandboxRegistry.For(Environment).FindRunningAsync(CancellationToken)
                ?? SandboxEndpoint.Of(await StartSandboxAsync());
            _client = new ClayClient(new ClayClientOptions
            {
                BaseAddress = Sandbox.BaseUrl,
                Session = explicitSession ?? ClaySession.FromCookie(Sandbox.Session),
                TimeProvider = Environment.TimeProvider,
            });
            return _client;
        }

        var baseUrl = ResolveBaseUrl();
        var (session, apiKey) = ResolveCredential(baseUrl);
        var email = Environment.GetVariable("CLAY_EMAIL");
        var password = Environment.GetVariable("CLAY_PASSWORD");

        // An API key is the whole credential: the client never logs in with it.
        var canLogin = apiKey is null && email is not null && password is not null;
        if (session is null && apiKey is null && !canLogin)
        {
            throw new CliUsageException(
                $"No Clay session for {baseUrl}: run `clay login` (or `clay login --api-key`), pass --session <claysession> " +
                "(or set CLAY_SESSION or CLAY_API_KEY), or try the command against the embedded sandbox with --sandbox.");
        }

        _client = new ClayClient(new ClayClientOptions
        {
            BaseAddress = baseUrl,
            Session = session,
            ApiKey = apiKey,
            Email = canLogin ? email : null,
            Password = canLogin ? password : null,
            TimeProvider = Environment.TimeProvider,

            // A refused connection is retried with backoff: say so as it happens (not under --json,
            // whose standard error holds only the one error object).
            LoggerFactory = Json ? null : new CliNoticeLogger(Environment.Error, baseUrl),
        });
        return _client;
    }

    public async Task<ClaySandbox> StartSandboxAsync(ClaySandboxOptions? options = null)
    {
        if (Parse.GetValue(_globals.BaseUrl) is not null)
        {
            throw new CliUsageException("--sandbox runs its own server: leave out --base-url.");
        }

        _embedded ??= await ClaySandbox.StartAsync(options, CancellationToken);
        return _embedded;
    }

    /// <summary>The session given with --session, if any.</summary>
    public ClaySession? ExplicitSession() => ParseSession(Parse.GetValue(_globals.Session), "--session");

    /// <summary>--base-url, CLAY_BASE_URL, the server of the saved login, or Clay's.</summary>
    public Uri ResolveBaseUrl()
    {
        var given = Parse.GetValue(_globals.BaseUrl);
        var source = "--base-url";
        if (given is null && Environment.GetVariable("CLAY_BASE_URL") is { } fromEnvironment)
        {
            given = fromEnvironment;
            source = "CLAY_BASE_URL";
        }

        if (given is not null)
        {
            return ParseBaseUrl(given, source);
        }

        return Saved() is { } saved ? ParseBaseUrl(saved.BaseUrl, SessionFile.Path) : ClayClientOptions.DefaultBaseAddress;
    }

    /// <summary>
    /// The credential, first found wins: --session, CLAY_API_KEY, CLAY_SESSION, then the saved login (a session
    /// or an API key) when it belongs to <paramref name="baseUrl"/>. An explicit flag beats the environment, and
    /// a key in the environment beats a session there, since it was set for this purpose and does not expire.
    /// </summary>
    public (ClaySession? Session, string? ApiKey) ResolveCredential(Uri baseUrl)
    {
        if (ExplicitSession() is { } given)
        {
            return (given, null);
        }

        if (Environment.GetVariable(ApiKeyVariable) is { } key)
        {
            return (null, key);
        }

        if (ParseSession(Environment.GetVariable(ClaySession.EnvironmentVariable), ClaySession.EnvironmentVariable) is { } fromEnvironment)
        {
            return (fromEnvironment, null);
        }

        if (Saved() is not { } saved || !SameServer(saved.BaseUrl, baseUrl))
        {
            return (null, null);
        }

        return string.IsNullOrEmpty(saved.ApiKey) ? (ParseSession(saved.Session, SessionFile.Path), null) : (null, saved.ApiKey);
    }

    /// <summary>The environment variable an API key is read from.</summary>
    public const string ApiKeyVariable = "CLAY_API_KEY";

    public long WorkspaceId()
    {
        if (Parse.GetValue(_globals.Workspace) is { } given)
        {
            return RequirePositive(given, "--workspace");
        }

        if (Environment.GetVariable("CLAY_WORKSPACE") is { } text)
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : throw new CliUsageException($"CLAY_WORKSPACE must be a workspace id (a number), not '{text}'.");
        }

        if (UseSandbox && Sandbox is { } sandbox)
        {
            return sandbox.WorkspaceId;
        }

        if (Saved() is { WorkspaceId: { } savedId } saved && SameServer(saved.BaseUrl, ResolveBaseUrl()))
        {
            return savedId;
        }

        throw new CliUsageException("This command needs a workspace: pass --workspace <id> or set CLAY_WORKSPACE (`clay workspaces list` shows yours).");
    }

    /// <summary>The given table id or, with --sandbox, the sandbox's table.</summary>
    public string TableId(string? given, string usage)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        return UseSandbox && Sandbox is { } sandbox
            ? sandbox.TableId
            : throw new CliUsageException($"Missing table id (t_...): {usage}");
    }

    /// <summary>The given view, the sandbox's for its table, or the table's first view (one extra request).</summary>
    public async Task<string> ViewIdAsync(ClayClient clay, string tableId, string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        if (Sandbox is { } sandbox && tableId == sandbox.TableId)
        {
            return sandbox.ViewId;
        }

        var table = (await clay.Tables.GetTableAsync(tableId, CancellationToken)).Table;
        return table?.FirstViewId ?? table?.Views?.FirstOrDefault()?.Id
            ?? throw new CliUsageException($"Table {tableId} has no views; pass --view gv_...");
    }

    public void WriteJson(object? value) => Environment.Out.WriteLine(CliJson.Serialize(value));

    /// <summary>JSON with --json, else the renderable.</summary>
    public void Output(object? json, Func<IRenderable> human)
    {
        if (Json)
        {
            WriteJson(json);
        }
        else
        {
            Console.Write(human());
        }
    }

    /// <summary>JSON with --json, else one line of markup.</summary>
    public void Output(object? json, string humanMarkup)
    {
        if (Json)
        {
            WriteJson(json);
        }
        else
        {
            Console.MarkupLine(humanMarkup);
        }
    }

    public void Warn(string text) => Environment.Error.WriteLine("warning: " + text);

    public SavedSession? Saved()
    {
        if (!_savedLoaded)
        {
            _saved = SessionFile.Load();
            _savedLoaded = true;
        }

        return _saved;
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }

    public static Uri ParseBaseUrl(string text, string source)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliUsageException($"{source}: '{text}' is not an http(s) URL.");
        }

        // The generated client appends v3/...; without the slash the last path segment would be lost.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static ClaySession? ParseSession(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return ClaySession.FromCookie(text);
        }
        catch (ArgumentException)
        {
            throw new CliUsageException($"{source} does not hold a claysession cookie value (expected s%3A...).");
        }
    }

    private static bool SameServer(string saved, Uri baseUrl) =>
        Uri.TryCreate(saved, UriKind.Absolute, out var uri) && Uri.Compare(uri, baseUrl, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static long RequirePositive(long value, string source) =>
        value > 0 ? value : throw new CliUsageException($"{source} must be a positive workspace id.");
}
