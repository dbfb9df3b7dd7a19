using System.Net;
using System.Text;
using ClayGen.Http;
using ClayGen.Tests.Infrastructure;
using ClayGen.Tests.Reliability;

namespace ClayGen.Tests.Security;

/// <summary>
/// An API key instead of the session: sent raw in <c>Authorization</c> on every request, never with a
/// cookie or a login; a refusal is final; the key is scrubbed by value wherever a server echoes it, stays
/// with its host, and never goes over plain http to a host that is not loopback.
/// </summary>
public sealed class ApiKeyTests
{
    // Shaped like the keys Clay issues (a UUID); planted so the tests can prove it never leaks.
    private const string Key = "3f9c2a71-5d0e-4b8a-9e26-planted0key1";

    [Fact]
    public async Task The_key_is_sent_raw_in_Authorization_and_no_cookie_goes_with_it()
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json("""{"tableTotalRecordsCount":5}"""));
        using var clay = WithKey(network);

        await clay.Tables.CountRowsAsync("t_1");
        await clay.SendAsync(HttpMethod.Get, "v3/me");

        Assert.Equal(2, network.Requests.Count);
        Assert.All(network.Requests, r =>
        {
            Assert.Equal(Key, r.Headers["Authorization"]);
            Assert.Null(r.Cookie);
        });
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task A_refused_key_is_an_authentication_error_at_once_without_a_retry_or_a_login(HttpStatusCode status)
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json("""{"message":"Invalid API key"}""", status));
        using var clay = WithKey(network, o => o.MaxRetries = 3);

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => clay.Tables.CountRowsAsync("t_1"));

        var request = Assert.Single(network.Requests);
        Assert.Equal("/v3/tables/t_1/count", request.Uri.AbsolutePath);
        Assert.True(ex.ApiKeyRefused);
        Assert.Contains("refused the API key", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("claysession cookie is missing", ex.Message, StringComparison.Ordinal);
        Assert.Equal((int)status, ex.StatusCode);
    }

    [Fact]
    public async Task A_refused_session_is_not_reported_as_a_refused_key()
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json("{}", HttpStatusCode.Unauthorized));
        using var clay = TestClients.Create(network);

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => clay.Tables.CountRowsAsync("t_1"));

        Assert.False(ex.ApiKeyRefused);
        Assert.DoesNotContain("API key", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_key_echoed_in_the_body_or_headers_reaches_no_message_detail_or_log(HttpStatusCode status)
    {
        var network = new RecordingHandler(_ =>
        {
            var echo = $"key {Key} / {Uri.EscapeDataString(Key)} / \"Authorization\": \"{Key}\"";
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new { message = echo, detail = echo }), Encoding.UTF8, "application/json"),
            };

            // An allow-listed header is shown as it is, so an echo in it must be scrubbed by value.
            response.Headers.TryAddWithoutValidation("X-Request-Id", "req-" + Key);
            response.Headers.TryAddWithoutValidation("X-Echo-Authorization", Key);
            return response;
        });
        using var logs = new LogCapture();
        using var clay = WithKey(network, o => o.LoggerFactory = logs.Factory);

        var ex = await Assert.ThrowsAnyAsync<ClayApiException>(() => clay.Tables.CountRowsAsync("t_1"));
        ex.Data["echo"] = Key;

        var shown = Everything(ex) + "\n" + string.Join("\n", logs.Records.Select(LogCapture.Everything));
        Assert.DoesNotContain(Key, shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("planted0key1", shown, StringComparison.OrdinalIgnoreCase);

        // Scrubbed, not dropped: what Clay said is still there.
        Assert.Contains("Clay said: key [redacted]", ex.Message, StringComparison.Ordinal);
        Assert.Contains(logs.Records, r => r.Id.Id == 3);
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_refused_the_key_never_reaches_it_and_the_shown_target_hides_it()
    {
        await using var other = new RawHttpServer("127.0.0.2", _ => RawHttpServer.Raw(200, "OK", """{"count":1}"""));
        await using var clay = new RawHttpServer("127.0.0.1", _ => RawHttpServer.Raw(307, "Redirect", "{}", $"Location: {other.BaseAddress}v3/{Key}/count"));
        using var client = new ClayClient(new ClayClientOptions { BaseAddress = clay.BaseAddress, ApiKey = Key, MaxRetries = 0 });

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Empty(other.Requests);
        var sent = Assert.Single(clay.Requests);
        Assert.Equal(Key, sent.Header("Authorization"));
        Assert.Null(sent.Header("Cookie"));
        Assert.Contains("another origin", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, Everything(ex), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("127.0.0.2", ex.Destination!.Host);
        Assert.DoesNotContain(Key, ex.Destination.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_redirect_within_the_origin_keeps_the_key()
    {
        await using var clay = new RawHttpServer("127.0.0.1", r => r.Target.EndsWith("/count", StringComparison.Ordinal)
            ? RawHttpServer.Raw(308, "Permanent Redirect", "{}", "Location: /v3/tables/t_1/count-moved")
            : RawHttpServer.Raw(200, "OK", """{"count":7}"""));
        using var client = new ClayClient(new ClayClientOptions { BaseAddress = clay.BaseAddress, ApiKey = Key, MaxRetries = 0 });

        await client.Tables.CountRowsAsync("t_1");

        Assert.Equal(2, clay.Requests.Count);
        Assert.All(clay.Requests, r => Assert.Equal(Key, r.Header("Authorization")));
    }

    [Fact]
    public async Task Plain_http_to_a_host_that_is_not_loopback_is_refused_before_the_key_is_sent()
    {
        var error = Assert.Throws<ArgumentException>("options", () => new ClayClient(new ClayClientOptions { BaseAddress = new Uri("http://clay.example.com/"), ApiKey = Key }));
        Assert.Contains("API key", error.Message, StringComparison.Ordinal);

        // Even when the HttpClient itself points there.
        var network = new RecordingHandler();
        var options = new ClayClientOptions { ApiKey = Key, PrimaryHandler = network, MaxRetries = 0 };
        using var store = new ClaySessionStore(options);
        using var http = new HttpClient(ClayHttpPipeline.Create(options, store)) { BaseAddress = new Uri("http://clay.example.com/") };
        using var client = new ClayClient(http, store);

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Empty(network.Requests);
        Assert.Contains("plain http", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("abc\r\nX-Injected: 1", "control characters")]
    [InlineData("abc\ndef", "control characters")]
    [InlineData("abc\0def", "control characters")]
    [InlineData(" abc-def", "whitespace")]
    [InlineData("abc-def\t", "control characters")]
    public void A_malformed_key_is_refused_before_anything_is_sent(string key, string reason)
    {
        var network = new RecordingHandler();

        var error = Assert.Throws<ArgumentException>("options", () => WithKey(network, o => o.ApiKey = key));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(network.Requests);
        Assert.Throws<ArgumentException>(() => new ClaySessionStore(new ClayClientOptions { ApiKey = key }));
    }

    [Fact]
    public void A_key_with_a_session_or_credentials_is_refused_as_ambiguous()
    {
        var withSession = Assert.Throws<ArgumentException>("options", () => new ClayClientOptions { ApiKey = Key, Session = TestClients.Session }.Validate());
        var withCredentials = Assert.Throws<ArgumentException>("options", () => new ClayClientOptions { ApiKey = Key, Email = "sam@example.com", Password = "pw" }.Validate());

        Assert.Contains("either ApiKey or a session/credentials", withSession.Message, StringComparison.Ordinal);
        Assert.Contains("either ApiKey or a session/credentials", withCredentials.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, withSession.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_and_the_store_describe_themselves_without_the_key()
    {
        var options = new ClayClientOptions { ApiKey = Key };
        using var store = new ClaySessionStore(options);

        Assert.Contains("ApiKey: [redacted]", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("apiKey: [redacted]", store.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, store.ToString(), StringComparison.Ordinal);
        Assert.True(store.UsesApiKey);
        Assert.False(store.CanLogin);
    }

    private static ClayClient WithKey(HttpMessageHandler network, Action<ClayClientOptions>? configure = null) =>
        TestClients.Create(network, configure: o =>
        {
            o.Session = null;
            o.ApiKey = Key;
            configure?.Invoke(o);
        });

    private static string Everything(ClayApiException ex) => string.Join(
        "\n",
        new[] { ex.Message, ex.ToString(), ex.ResponseExcerpt, ex.ClayMessage, ex.RequestPath, ex.RequestId }
            .Concat(ex.Headers.SelectMany(h => h.Value.Select(v => h.Key + ": " + v)))
            .Concat(ex.Data.Values.Cast<object?>().Select(v => v?.ToString())));
}
