using System.Net;
using ClayGen.Sandbox;
using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Requests;

/// <summary><see cref="ClayClient.SendAsync"/>: a request of your own, through the same pipeline as every operation.</summary>
public sealed class RawRequestTests
{
    [Theory]
    [InlineData("../v2/x")]
    [InlineData("v3/tables/%2e%2e/records")]
    [InlineData("https://elsewhere.example/v3/me")]
    [InlineData("//elsewhere.example/v3/me")]
    [InlineData("v3\\me")]
    [InlineData("  ")]
    public async Task A_path_that_leaves_the_api_root_is_refused_and_nothing_is_sent(string path)
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network);

        await Assert.ThrowsAsync<ArgumentException>("path", () => clay.SendAsync(HttpMethod.Get, path));

        Assert.Empty(network.Requests);
    }

    [Fact]
    public async Task A_failure_is_the_typed_exception_any_operation_throws()
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json("""{"message":"No matching URL"}""", HttpStatusCode.NotFound)));

        var error = await Assert.ThrowsAsync<ClayNotFoundException>(() => clay.SendAsync(HttpMethod.Get, "/v3/nowhere"));

        Assert.Equal("raw", error.OperationId);
        Assert.Equal("/v3/nowhere", error.RequestPath);
        Assert.Equal("No matching URL", error.ClayMessage);
    }

    [Fact]
    public async Task An_expired_session_is_renewed_by_logging_in_as_for_any_operation()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var clay = new ClayClient(new ClayClientOptions
        {
            BaseAddress = sandbox.BaseAddress,
            Session = ClaySession.FromCookie(sandbox.Session),
            Email = sandbox.Email,
            Password = sandbox.Password,
            PrimaryHandler = sandbox.CreateHandler(),
        });
        sandbox.ExpireSessions();

        var body = await clay.SendAsync(HttpMethod.Post, $"v3/tables/{sandbox.TableId}/records", "{\"records\":[{\"cells\":{\"" + sandbox.FieldIds[0] + "\":\"Acme\"}}]}");

        Assert.Contains("\"records\"", body, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal(["POST /v3/tables/" + sandbox.TableId + "/records", "POST /v3/auth/login", "POST /v3/tables/" + sandbox.TableId + "/records"], sandbox.Requests.Select(r => $"{r.Method} {r.Path}"));
    }
}
