using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ClayGen.Cli.Tests;

/// <summary>
/// A stand-in for Clay on 127.0.0.1 that accepts one API key (raw in <c>Authorization</c>) and answers 401
/// to anything else, echoing what it was sent, so a test can prove the CLI never shows the key.
/// </summary>
internal sealed class ApiKeyClay : IDisposable
{
    public const string Key = "7b1e0c44-2f6a-4d3b-8c55-planted0cli1";
    public const long WorkspaceId = 880011;
    public const string CountPath = "/v3/tables/t_keyed/count";

    private ApiKeyClay()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        Server.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Response.Create().WithCallback(request =>
            {
                // Echoes the key it was sent, as a careless server might.
                var sent = request.Headers?.Where(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value).FirstOrDefault();
                var message = new ResponseMessage
                {
                    StatusCode = 401,
                    BodyData = new BodyData { BodyAsString = $$"""{"message":"Invalid API key {{sent}}"}""", DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
                };
                message.AddHeader("Content-Type", "application/json");
                return message;
            }));
        Server.Given(Request.Create().WithPath("/v3/my-workspaces").UsingGet().WithHeader("Authorization", Key))
            .RespondWith(Json($$"""{"results":[{"id":{{WorkspaceId}},"name":"Keyed GTM"}]}"""));
        Server.Given(Request.Create().WithPath(CountPath).UsingGet().WithHeader("Authorization", Key))
            .RespondWith(Json("""{"tableTotalRecordsCount":9}"""));
    }

    public WireMockServer Server { get; }

    public string BaseUrl => Server.Url!.TrimEnd('/') + "/";

    public static ApiKeyClay Start() => new();

    /// <summary>The Authorization and Cookie headers each request to <paramref name="path"/> carried.</summary>
    public IReadOnlyList<(string? Authorization, string? Cookie)> RequestsTo(string path) =>
        [.. Server.LogEntries
            .Where(e => string.Equals(e.RequestMessage?.Path, path, StringComparison.Ordinal))
            .Select(e => (Header(e, "Authorization"), Header(e, "Cookie")))];

    public int RequestCount => Server.LogEntries.Count();

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private static string? Header(WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage?.Headers?.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => string.Join(", ", h.Value)).SingleOrDefault();

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
}
