using ClayGen.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ClayGen.Tests.Requests;

public sealed class RequestShapeTests
{
    public static TheoryData<RequestCase> Cases => new(RequestCases.All());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_call_sends_the_exact_method_uri_cookie_and_body(RequestCase @case)
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json(@case.ResponseBody));
        using var clay = TestClients.Create(network);

        await @case.Call(clay);

        var sent = network.Single;
        Assert.Equal(@case.Method, sent.Method);
        Assert.Equal("https://api.clay.test" + @case.PathAndQuery, sent.Uri.AbsoluteUri);
        // The health check and webhook ingestion take no credentials (x-clay-auth: none): no cookie goes with them.
        var anonymous = sent.OperationId is "getHealth" or "sendToWebhook";
        Assert.Equal(anonymous ? null : "claysession=" + TestClients.SessionValue, sent.Cookie);
        if (@case.Body is null)
        {
            Assert.Null(sent.Body);
        }
        else
        {
            Assert.Equal("application/json", sent.ContentType);
            var expected = JToken.Parse(@case.Body);
            var actual = JToken.Parse(sent.Body!);
            Assert.True(JToken.DeepEquals(expected, actual), $"expected {expected.ToString(Newtonsoft.Json.Formatting.None)}\n  actual {actual.ToString(Newtonsoft.Json.Formatting.None)}");
        }
    }

    [Fact]
    public async Task Every_operation_of_the_spec_has_a_request_case()
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @case in RequestCases.All())
        {
            var network = new RecordingHandler(_ => RecordingHandler.Json(@case.ResponseBody));
            using var clay = TestClients.Create(network);
            await @case.Call(clay);
            covered.Add(network.Single.OperationId!);
        }

        covered.Add("login"); // LoginTests covers it: its response must carry Set-Cookie.
        var operations = (await SpecDocument.OperationsAsync()).Select(o => o.Operation.OperationId);
        Assert.Empty(operations.Except(covered));
    }

    [Fact]
    public async Task Each_request_carries_the_x_clay_idempotent_of_its_operation()
    {
        // The retry policy reads this mark (ClayOperations.IsIdempotent); the templates copy it from the spec.
        var flags = (await SpecDocument.OperationsAsync())
            .ToDictionary(o => o.Operation.OperationId, o => bool.Parse(o.Operation.Extension("x-clay-idempotent")!), StringComparer.Ordinal);
        var seen = new HashSet<bool>();
        foreach (var @case in RequestCases.All())
        {
            var network = new RecordingHandler(_ => RecordingHandler.Json(@case.ResponseBody));
            using var clay = TestClients.Create(network);
            await @case.Call(clay);

            var sent = network.Single;
            Assert.True(flags[sent.OperationId!] == sent.Idempotent, $"{@case.Name}: {sent.OperationId} is x-clay-idempotent: {flags[sent.OperationId!]}, the request says {sent.Idempotent}");
            seen.Add(sent.Idempotent);
        }

        Assert.Equal(2, seen.Count);
        Assert.False(ClayOperations.IsIdempotent(new HttpRequestMessage(HttpMethod.Get, "https://api.clay.test/v3/me")));
    }

    [Fact]
    public async Task Login_sends_json_credentials_and_no_cookie()
    {
        var network = new RecordingHandler(_ =>
        {
            var response = RecordingHandler.Json("""{"success":true}""");
            response.Headers.Add("Set-Cookie", "claysession=s%3Anew.sig; Path=/; HttpOnly; Secure; SameSite=None");
            return response;
        });
        using var clay = TestClients.Create(network);

        await clay.Auth.FetchSessionAsync("user@example.com", "pw-123");

        var sent = network.Single;
        Assert.Equal("POST", sent.Method);
        Assert.Equal("https://api.clay.test/v3/auth/login", sent.Uri.AbsoluteUri);
        Assert.Null(sent.Cookie);
        Assert.Equal("application/json", sent.ContentType);
        Assert.True(JToken.DeepEquals(JToken.Parse("""{"email":"user@example.com","password":"pw-123","source":null}"""), JToken.Parse(sent.Body!)));
    }
}
