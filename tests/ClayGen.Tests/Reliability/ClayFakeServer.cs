using ClayGen.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ClayGen.Tests.Reliability;

/// <summary>A WireMock stand-in for Clay on 127.0.0.1 and a way to build clients pointed at it.</summary>
public sealed class ClayFakeServer : IDisposable
{
    public const string TableId = "t_reliability";
    public const string ViewId = "gv_reliability";
    public const string CountPath = "/v3/tables/" + TableId + "/count";
    public const string RecordsPath = "/v3/tables/" + TableId + "/records";
    public const string LoginPath = "/v3/auth/login";
    public const string Email = "ops@example.test";

    /// <summary>A password planted so tests can prove it never reaches an exception or a log.</summary>
    public const string Password = "Pl4nted-Passw0rd-Xq9";

    /// <summary>The session a login hands out, as distinct from the stale one clients start with.</summary>
    public const string FreshSessionValue = "s%3AfreshSessionId9876543210.FreshSignatureZyx%2F987";

    private readonly CancellationTokenSource _stopping = new();

    private ClayFakeServer(WireMockServer server) => Server = server;

    public WireMockServer Server { get; }

    public Uri BaseAddress => new(Server.Url! + "/");

    public static string StaleSessionValue => TestClients.SessionValue;

    public static ClayFakeServer Start() => new(WireMockServer.Start(new WireMockServerSettings
    {
        Urls = ["http://127.0.0.1:0"],
        StartAdminInterface = false,
        MaxRequestLogCount = 20_000,
    }));

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

    public ClayClient CreateClientWithCredentials(Action<ClayClientOptions>? configure = null) =>
        CreateClient(o =>
        {
            o.Email = Email;
            o.Password = Password;
            configure?.Invoke(o);
        });

    /// <summary>Login answers 200 and sets <see cref="FreshSessionValue"/>.</summary>
    public void GivenLoginSucceeds(TimeSpan? delay = null)
    {
        var response = Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("Set-Cookie", $"claysession={FreshSessionValue}; Path=/; HttpOnly; Secure; SameSite=None")
            .WithBody("""{"user":{"id":4515}}""");
        if (delay is { } d)
        {
            response = response.WithDelay(d);
        }

        Server.Given(Request.Create().WithPath(LoginPath).UsingPost()).RespondWith(response);
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

    public static ResponseMessage JsonMessage(int status, string body, params (string Name, string Value)[] headers)
    {
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

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public IReadOnlyList<ILogEntry> RequestsTo(string path) =>
        Server.LogEntries.Where(e => string.Equals(e.RequestMessage?.Path, path, StringComparison.Ordinal)).ToList();

    public int CountRequests(string path) => RequestsTo(path).Count;

    public void Dispose()
    {
        // Slow responses end first, so stopping the server does not wait for them.
        _stopping.Cancel();
        Server.Stop();
        Server.Dispose();
        _stopping.Dispose();
    }
}
