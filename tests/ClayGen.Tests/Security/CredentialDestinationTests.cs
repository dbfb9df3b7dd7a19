using System.Net;
using ClayGen.Http;
using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Security;

/// <summary>
/// Credentials stay with their host: a redirect to another origin is refused before anything goes
/// there (two real servers on 127.0.0.1 and 127.0.0.2, the default network handler), a redirect
/// within the origin is followed, and plain http goes only to loopback unless the caller opts in.
/// </summary>
public sealed class CredentialDestinationTests
{
    private const string SessionValue = "s%3AplantedRedirectSession.Sig";
    private const string Password = "planted-redirect-password";

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_to_another_host_is_refused_and_the_cookie_never_reaches_it(int status)
    {
        await using var other = new RawHttpServer("127.0.0.2", _ => RawHttpServer.Raw(200, "OK", """{"count":1}"""));
        await using var clay = new RawHttpServer("127.0.0.1", r => RawHttpServer.Raw(status, "Redirect", "{}", $"Location: {other.BaseAddress}v3/tables/t_1/count"));
        using var client = new ClayClient(new ClayClientOptions { BaseAddress = clay.BaseAddress, Session = ClaySession.FromCookie(SessionValue), MaxRetries = 0 });

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Empty(other.Requests);
        Assert.Equal("claysession=" + SessionValue, Assert.Single(clay.Requests).Header("Cookie"));
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("127.0.0.2", ex.Destination!.Host);
        Assert.Contains("another origin", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionValue, ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirected_login_never_resends_the_password_to_another_host(int status)
    {
        await using var other = new RawHttpServer("127.0.0.2", _ => RawHttpServer.Raw(200, "OK", "{}", "Set-Cookie: claysession=s%3Astolen.sig; Path=/"));
        await using var clay = new RawHttpServer("127.0.0.1", _ => RawHttpServer.Raw(status, "Redirect", "{}", $"Location: {other.BaseAddress}v3/auth/login"));
        using var client = new ClayClient(new ClayClientOptions { BaseAddress = clay.BaseAddress, Email = "sam@example.com", Password = Password, MaxRetries = 0 });

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Empty(other.Requests);
        Assert.Contains(Password, Assert.Single(clay.Requests).Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_within_the_same_origin_is_followed_with_the_cookie()
    {
        await using var clay = new RawHttpServer("127.0.0.1", r => r.Target.EndsWith("/count", StringComparison.Ordinal)
            ? RawHttpServer.Raw(308, "Permanent Redirect", "{}", "Location: /v3/tables/t_1/count-moved")
            : RawHttpServer.Raw(200, "OK", """{"count":7}"""));
        using var client = new ClayClient(new ClayClientOptions { BaseAddress = clay.BaseAddress, Session = ClaySession.FromCookie(SessionValue), MaxRetries = 0 });

        var count = await client.Tables.CountRowsAsync("t_1");

        Assert.Equal(7L, count.Total);
        Assert.Equal(["/v3/tables/t_1/count", "/v3/tables/t_1/count-moved"], clay.Requests.Select(r => r.Target));
        Assert.All(clay.Requests, r => Assert.Equal("claysession=" + SessionValue, r.Header("Cookie")));
    }

    [Fact]
    public async Task Endless_redirects_within_the_origin_stop_with_an_error()
    {
        await using var clay = new RawHttpServer("127.0.0.1", r => RawHttpServer.Raw(302, "Found", "{}", "Location: /v3/tables/t_1/count"));
        using var client = new ClayClient(new ClayClientOptions { BaseAddress = clay.BaseAddress, Session = ClaySession.FromCookie(SessionValue), MaxRetries = 0 });

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Equal(ClayRedirectGuardHandler.MaxRedirects + 1, clay.Requests.Count);
        Assert.Contains("redirected more than", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://clay.example.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    public void Plain_http_to_a_host_that_is_not_loopback_is_refused_unless_the_caller_opts_in(string address)
    {
        var error = Assert.Throws<ArgumentException>("options", () => new ClayClient(new ClayClientOptions { BaseAddress = new Uri(address), Session = TestClients.Session }));
        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);

        using var optedIn = new ClayClient(new ClayClientOptions { BaseAddress = new Uri(address), Session = TestClients.Session, AllowInsecureHttp = true });
        Assert.Equal(new Uri(address), optedIn.BaseAddress);
    }

    [Fact]
    public async Task A_request_to_plain_http_elsewhere_is_not_sent_even_when_the_http_client_points_there()
    {
        var network = new RecordingHandler();
        var options = new ClayClientOptions { Session = TestClients.Session, PrimaryHandler = network, MaxRetries = 0 };
        using var store = new ClaySessionStore(options.Session);
        using var http = new HttpClient(ClayHttpPipeline.Create(options, store)) { BaseAddress = new Uri("http://clay.example.com/") };
        using var client = new ClayClient(http, store);

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Empty(network.Requests);
        Assert.Equal(0, ex.StatusCode);
        Assert.Contains("plain http", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loopback_over_plain_http_is_allowed_without_opting_in()
    {
        await using var clay = new RawHttpServer("127.0.0.1", _ => RawHttpServer.Raw(200, "OK", """{"count":3}"""));
        using var client = new ClayClient(new ClayClientOptions { BaseAddress = clay.BaseAddress, Session = TestClients.Session, MaxRetries = 0 });

        Assert.Equal(3L, (await client.Tables.CountRowsAsync("t_1")).Total);
    }

    [Fact]
    public void A_network_handler_that_follows_redirects_by_itself_is_refused()
    {
        using var follows = new SocketsHttpHandler();
        Assert.Throws<ArgumentException>("options", () => new ClayClient(new ClayClientOptions { Session = TestClients.Session, PrimaryHandler = follows }));

        using var doesNot = new SocketsHttpHandler { AllowAutoRedirect = false };
        using var client = new ClayClient(new ClayClientOptions { Session = TestClients.Session, PrimaryHandler = doesNot });
        using var primary = ClayHttpPipeline.CreatePrimaryHandler();
        Assert.False(primary.AllowAutoRedirect);
    }

    [Fact]
    public async Task A_redirect_to_another_host_answered_at_once_in_memory_is_refused_too()
    {
        // An in-memory network answers before the handler awaits anything: the answer in hand is inspected as well.
        var network = new RecordingHandler(_ =>
        {
            var redirect = RecordingHandler.Json("{}", HttpStatusCode.Found);
            redirect.Headers.Location = new Uri("https://elsewhere.test/v3/tables/t_1/count");
            return redirect;
        });
        using var client = TestClients.Create(network);

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Single(network.Requests);
        Assert.Equal(302, ex.StatusCode);
        Assert.Equal("elsewhere.test", ex.Destination!.Host);
    }

    [Fact]
    public async Task An_answer_from_another_host_that_a_network_handler_was_redirected_to_is_refused()
    {
        using var client = TestClients.Create(new FollowedElsewhere());

        var ex = await Assert.ThrowsAsync<ClayUnsafeDestinationException>(() => client.Tables.CountRowsAsync("t_1"));

        Assert.Equal("elsewhere.test", ex.Destination!.Host);
        Assert.Contains("followed a redirect to another origin", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A network handler that followed a redirect to another host by itself: its answer names the request it last sent there.</summary>
    private sealed class FollowedElsewhere : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = RecordingHandler.Json("""{"count":1}""");
            response.RequestMessage = new HttpRequestMessage(request.Method, new Uri("https://elsewhere.test" + request.RequestUri!.PathAndQuery));
            return Task.FromResult(response);
        }
    }
}
