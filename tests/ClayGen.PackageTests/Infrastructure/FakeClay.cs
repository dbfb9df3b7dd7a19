using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ClayGen.PackageTests.Infrastructure;

/// <summary>
/// A minimal Clay on a local port: login issues <see cref="FreshSession"/>; listing workspaces and
/// counting rows answer only requests carrying an accepted session; anything else is a 401.
/// </summary>
public sealed class FakeClay : IDisposable
{
    /// <summary>The session the login sets.</summary>
    public const string FreshSession = "s%3Afresh-session.signature";

    /// <summary>A cookie Clay might also set; a client without a cookie container never sends it back.</summary>
    public const string TrackingCookie = "clay_tracking";

    public const long RowTotal = 42;

    private FakeClay(IEnumerable<string> acceptedSessions)
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        BaseAddress = new Uri(Server.Url!.TrimEnd('/') + "/");

        Server.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Json(401, """{"message":"You must be logged in"}"""));
        Server.Given(Request.Create().WithPath("/v3/auth/login").UsingPost())
            .RespondWith(Json(200, """{"success":true}""")
                .WithHeader("Set-Cookie", $"claysession={FreshSession}; Path=/; HttpOnly", $"{TrackingCookie}=1; Path=/"));

        foreach (var session in acceptedSessions.Append(FreshSession))
        {
            var cookie = "claysession=" + session;
            Server.Given(Request.Create().WithPath("/v3/my-workspaces").UsingGet().WithHeader("Cookie", cookie))
                .RespondWith(Json(200, """{"results":[{"id":712043,"name":"Acme GTM"}]}"""));
            Server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/v3/tables/[^/]+/count$")).UsingGet().WithHeader("Cookie", cookie))
                .RespondWith(Json(200, $$"""{"tableTotalRecordsCount":{{RowTotal}}}"""));
        }
    }

    public WireMockServer Server { get; }

    /// <summary>The root, ending with <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries];

    public IEnumerable<ILogEntry> RequestsTo(string path) => Requests.Where(r => r.RequestMessage?.Path == path);

    /// <summary>Each request as <c>path cookie</c>, in order.</summary>
    public IEnumerable<string> PathsAndCookies => Requests.Select(r => $"{r.RequestMessage?.Path} {CookieOf(r)}");

    /// <summary>Starts a server that accepts <paramref name="acceptedSessions"/> and the session its login issues.</summary>
    public static FakeClay Start(params string[] acceptedSessions) => new(acceptedSessions);

    /// <summary>The <c>Cookie</c> header of a logged request, or null.</summary>
    public static string? CookieOf(ILogEntry entry) =>
        entry.RequestMessage?.Headers?
            .Where(h => h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
            .Select(h => string.Join("; ", h.Value))
            .SingleOrDefault();

    public void Dispose() => Server.Stop();

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
