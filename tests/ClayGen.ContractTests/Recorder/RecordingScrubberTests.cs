using ClayGen.ContractTests.Infrastructure;
using ClayGen.Recorder;

namespace ClayGen.ContractTests.Recorder;

public sealed class RecordingScrubberTests
{
    private static RecordedExchange Exchange(string? requestBody = null, string responseBody = "{}", params (string Name, string Value)[] responseHeaders) => new(
        "POST",
        "/v3/auth/login",
        [new("q", "ops@acme-corp.io")],
        [new("Cookie", "claysession=" + RealLookingClay.RealSession + "; _ga=GA1.2.3"), new("Authorization", "sk_live_123")],
        requestBody,
        200,
        [.. responseHeaders.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))],
        responseBody);

    [Fact]
    public void Volatile_and_transport_headers_are_dropped_and_the_rest_kept()
    {
        var scrubbed = new RecordingScrubber().Scrub(Exchange(responseHeaders:
        [
            ("Date", "Thu, 27 Nov 2026 10:00:00 GMT"), ("CF-Ray", RealLookingClay.CfRay), ("X-Amzn-Trace-Id", "Root=1"), ("Content-Length", "2"),
            ("Content-Type", "application/json"), ("Retry-After", "5"),
        ]));

        Assert.Equal(["Content-Type", "Retry-After"], scrubbed.ResponseHeaders.Select(h => h.Key));
    }

    [Fact]
    public void Only_the_session_cookie_survives_a_request_as_the_placeholder()
    {
        var scrubbed = new RecordingScrubber().Scrub(Exchange());

        Assert.Equal("claysession=" + ClayPlaceholders.Session, scrubbed.RequestHeader("Cookie"));
        Assert.Null(scrubbed.RequestHeader("Authorization"));
        Assert.Equal("user@example.com", scrubbed.Query[0].Value);
    }

    [Theory]
    [InlineData("""{"password":"hunter2","apiKey":"k_123","nested":{"sessionToken":"abc"}}""", """{"password":"placeholder-password","apiKey":"placeholder-password","nested":{"sessionToken":"s%3Aplaceholder-session.placeholder-signature"}}""")]
    [InlineData("""{"note":"call jane.doe@acme-corp.io or sam@acme-corp.io, cookie claysession=s%3Aabcdefgh123.ijklmnop456"}""", """{"note":"call user@example.com or user2@example.com, cookie claysession=s%3Aplaceholder-session.placeholder-signature"}""")]
    [InlineData("""{"credits":15109.5,"createdAt":"2026-01-12T09:30:00.000Z","owner":"owner@example.com"}""", """{"credits":15109.5,"createdAt":"2026-01-12T09:30:00.000Z","owner":"owner@example.com"}""")]
    public void Json_bodies_lose_secrets_and_keep_everything_else_exactly(string body, string expected)
    {
        Assert.Equal(expected, new RecordingScrubber().ScrubBody(body));
    }

    [Fact]
    public void Text_bodies_are_scrubbed_as_text()
    {
        var scrubbed = new RecordingScrubber().ScrubBody("<p>Signed in as jane.doe@acme-corp.io (s:AbCdEf0123456789.ZyXwVu9876543210)</p>");

        Assert.Equal("<p>Signed in as user@example.com (s%3Aplaceholder-session.placeholder-signature)</p>", scrubbed);
        Assert.Empty(Checks.RecordingHygiene.Problems("x", scrubbed));
    }

    [Theory]
    [InlineData("claysession=s%3Areal.sig; Path=/; Expires=Fri, 05 Dec 2026 10:00:00 GMT; HttpOnly", "claysession=" + ClayPlaceholders.IssuedSession + "; Path=/; HttpOnly")]
    [InlineData("__cf_bm=abc; path=/", null)]
    public void Set_cookie_keeps_only_the_session_with_a_placeholder_and_stable_attributes(string header, string? expected)
    {
        Assert.Equal(expected, RecordingScrubber.ScrubSetCookie(header));
    }

    [Theory]
    [InlineData("DELETE", "/v3/workspaces/712043/resources/", "deleteResources", "Resources")]
    [InlineData("POST", "/v3/workspaces/712043/resources_v2/", "listResources", "Resources")]
    [InlineData("GET", "/v3/tables/t_1/views/gv_1/records/ids", "listRecordIds", "Tables")]
    [InlineData("PATCH", "/v3/tables/t_1", "updateTable", "Tables")]
    [InlineData("GET", "/v3/credit-reporting/712043/creditReportType/integration", "getCreditReport", "Credits")]
    public async Task Spec_routes_name_the_operation_and_tag_of_a_request(string method, string path, string operationId, string tag)
    {
        var routes = SpecRoutes.FromDocument(await ContractSpec.LoadAsync());

        var route = routes.Find(method, path);

        Assert.Equal((operationId, tag), (route?.OperationId, route?.Tag));
    }

    [Theory]
    [InlineData("DELETE", "/v3/workspaces/712043/resources")]
    [InlineData("GET", "/v3/tables/t_1/count/extra")]
    [InlineData("GET", "/v3/imports")]
    public async Task Spec_routes_find_nothing_for_a_request_the_spec_does_not_have(string method, string path)
    {
        var routes = SpecRoutes.FromDocument(await ContractSpec.LoadAsync());

        Assert.Null(routes.Find(method, path));
    }
}
