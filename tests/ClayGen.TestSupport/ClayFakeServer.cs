using WireMock;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ClayGen.TestSupport;

/// <summary>
/// The scripted stand-in for Clay: a WireMock server on 127.0.0.1 that each test scripts with the
/// answers it needs (or one of the ready scripts below), and a way to build clients pointed at it.
/// </summary>
public sealed class ClayFakeServer : IDisposable
{
    /// <summary>The table the ready scripts serve.</summary>
    public const string TableId = "t_reliability";

    /// <summary>A view of <see cref="TableId"/>.</summary>
    public const string ViewId = "gv_reliability";

    /// <summary>The path of countRows on <see cref="TableId"/>.</summary>
    public const string CountPath = "/v3/tables/" + TableId + "/count";

    /// <summary>The path of the records of <see cref="TableId"/>.</summary>
    public const string RecordsPath = "/v3/tables/" + TableId + "/records";

    /// <summary>The path of login.</summary>
    public const string LoginPath = "/v3/auth/login";

    /// <summary>The email of <see cref="CreateClientWithCredentials"/>.</summary>
    public const string Email = "ops@example.test";

    /// <summary>A password planted so tests can prove it never reaches an exception or a log.</summary>
    public const string Password = "Pl4nted-Passw0rd-Xq9";

    /// <summary>The session a login hands out, as distinct from the stale one clients start with.</summary>
    public const string FreshSessionValue = "s%3AfreshSessionId9876543210.FreshSignatureZyx%2F987";

    /// <summary>A second cookie a login sets, as Clay does; a client without a cookie container never sends it back.</summary>
    public const string TrackingCookie = "clay_tracking";

    /// <summary>The row count <see cref="GivenSessionsAccepted"/> answers for any table.</summary>
    public const long RowTotal = 42;

    private readonly CancellationTokenSource _stopping = new();

    private ClayFakeServer(WireMockServer server) => Server = server;

    /// <summary>The WireMock server, for scripting and inspecting beyond the helpers here.</summary>
    public WireMockServer Server { get; }

    /// <summary>The root, ending with <c>/</c>.</summary>
    public Uri BaseAddress => new(Server.Url!.TrimEnd('/') + "/");

    /// <summary>The session clients of <see cref="CreateClient"/> start with.</summary>
    public static string StaleSessionValue => TestClients.SessionValue;

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries];

    /// <summary>Each request as <c>path cookie</c>, in order.</summary>
    public IEnumerable<string> PathsAndCookies => Requests.Select(r => $"{r.RequestMessage?.Path} {CookieOf(r)}");

    /// <summary>Starts a server with nothing scripted: every request answers 404 until a test scripts it.</summary>
    public static ClayFakeServer Start() => new(WireMockServer.Start(new WireMockServerSettings
    {
        Urls = ["http://127.0.0.1:0"],
        StartAdminInterface = false,
        MaxRequestLogCount = 20_000,
        AllowBodyForAllHttpMethods = true,
    }));

    /// <summary>
    /// Starts a minimal Clay: login succeeds (<see cref="GivenLoginSucceeds"/>) and listing workspaces and
    /// counting rows answer requests carrying <paramref name="acceptedSessions"/> or the fresh session
    /// (<see cref="GivenSessionsAccepted"/>); anything else is a 401.
    /// </summary>
    public static ClayFakeServer StartAccepting(params string[] acceptedSessions)
    {
        var server = Start();
        server.GivenLoginSucceeds();
        server.GivenSessionsAccepted(acceptedSessions);
        return server;
    }

    /// <summary>The <c>Cookie</c> header of a logged request, or null.</summary>
    public static string? CookieOf(ILogEntry entry) =>
        entry.RequestMessage?.Headers?
            .Where(h => h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
            .Select(h => string.Join("; ", h.Value))
            .SingleOrDefault();

    /// <summary>A client with fast, deterministic-enough retry settings unless <paramref name="configure"/> changes them.</summary>
    public ClayClient CreateClient(Action<ClayClientOptions>? configure = null)
    {
        var options = new ClayClientOptions
        {
            BaseAddress = BaseAddress,
            Session = TestClients.Session,
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(20),
            AttemptTimeout = TimeSpan.FromSeconds(10),
            Timeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return new ClayClient(options);
    }

    /// <summary>A client of <see cref="CreateClient"/> that also knows <see cref="Email"/> and <see cref="Password"/>.</summary>
    public ClayClient CreateClientWithCredentials(Action<ClayClientOptions>? configure = null) =>
        CreateClient(o =>
        {
            o.Email = Email;
            o.Password = Password;
            configure?.Invoke(o);
        });

    /// <summary>Login answers 200 and sets <see cref="FreshSessionValue"/> (and <see cref="TrackingCookie"/>).</summary>
    public void GivenLoginSucceeds(TimeSpan? delay = null)
    {
        var response = Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("Set-Cookie", $"claysession={FreshSessionValue}; Path=/; HttpOnly; Secure; SameSite=None", $"{TrackingCookie}=1; Path=/")
            .WithBody("""{"success":true,"user":{"id":4515}}""");
        if (delay is { } d)
        {
            response = response.WithDelay(d);
        }

        Server.Given(Request.Create().WithPath(LoginPath).UsingPost()).RespondWith(response);
    }

    /// <summary>
    /// Listing workspaces and counting any table's rows (<see cref="RowTotal"/>) answer requests carrying
    /// one of <paramref name="sessions"/> or <see cref="FreshSessionValue"/>; any request nothing else
    /// matches answers 401.
    /// </summary>
    public void GivenSessionsAccepted(params string[] sessions)
    {
        Server.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Json(401, """{"message":"You must be logged in"}"""));
        foreach (var session in sessions.Append(FreshSessionValue))
        {
            var cookie = "claysession=" + session;
            Server.Given(Request.Create().WithPath("/v3/my-workspaces").UsingGet().WithHeader("Cookie", cookie))
                .RespondWith(Json(200, """{"results":[{"id":712043,"name":"Acme GTM"}]}"""));
            Server.Given(Request.Create().WithPath(new RegexMatcher("^/v3/tables/[^/]+/count$")).UsingGet().WithHeader("Cookie", cookie))
                .RespondWith(Json(200, $$"""{"tableTotalRecordsCount":{{RowTotal}}}"""));
        }
    }

    /// <summary>countRows answers 200 with <paramref name="count"/> to requests carrying the fresh session only, 401 otherwise.</summary>
    public void GivenCountNeedsFreshSession(long count, TimeSpan? unauthorizedDelay = null)
    {
        Server.Given(Request.Create().WithPath(CountPath).UsingGet().WithHeader("Cookie", $"claysession={FreshSessionValue}"))
            .AtPriority(1)
            .RespondWith(Json(200, $$"""{"tableTotalRecordsCount":{{count}}}"""));
        var unauthorized = Json(401, """{"message":"Unauthorized"}""");
        if (unauthorizedDelay is { } d)
        {
            unauthorized = unauthorized.WithDelay(d);
        }

        Server.Given(Request.Create().WithPath(CountPath).UsingGet()).AtPriority(2).RespondWith(unauthorized);
    }

    /// <summary>Answers requests to <paramref name="path"/> with <paramref name="responses"/> in turn, the last one from then on.</summary>
    public void GivenSequence(string path, params IResponseBuilder[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var scenario = "seq " + path;
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = Server.Given(Request.Create().WithPath(path).UsingAnyMethod()).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs("step" + i);
            }

            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo("step" + (i + 1));
            }

            mapping.RespondWith(responses[i]);
        }
    }

    /// <summary>A JSON response built when the request arrives, so a test can count arrivals of slow requests (WireMock logs a request only once answered).</summary>
    public IResponseBuilder JsonCountingArrivals(int status, string body, TimeSpan delay, Action? onArrival = null) =>
        Response.Create().WithCallback(async _ =>
        {
            onArrival?.Invoke();
            try
            {
                await Task.Delay(delay, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                // The test is over; stop holding the connection open.
            }

            return JsonMessage(status, body);
        });

    /// <summary>A JSON response message, for WireMock callbacks.</summary>
    public static ResponseMessage JsonMessage(int status, string body, params (string Name, string Value)[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "application/json");
        foreach (var (name, value) in headers)
        {
            message.AddHeader(name, value);
        }

        return message;
    }

    /// <summary>A JSON response.</summary>
    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    /// <summary>The answered requests to <paramref name="path"/>, in order.</summary>
    public IReadOnlyList<ILogEntry> RequestsTo(string path) =>
        Server.LogEntries.Where(e => string.Equals(e.RequestMessage?.Path, path, StringComparison.Ordinal)).ToList();

    /// <summary>How many requests to <paramref name="path"/> were answered.</summary>
    public int CountRequests(string path) => RequestsTo(path).Count;

    /// <inheritdoc />
    public void Dispose()
    {
        // Slow responses end first, so stopping the server does not wait for them.
        _stopping.Cancel();
        Server.Stop();
        Server.Dispose();
        _stopping.Dispose();
    }
}
