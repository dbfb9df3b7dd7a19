using System.Net;
using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Session;

public sealed class ClaySessionTests
{
    private const string Password = "pl4nted-Passw0rd!";

    [Theory]
    [InlineData("claysession=s%3AAbC123def456ghi.Sig%2Fnat%2Bure; Path=/; Expires=Sat, 05 Dec 2026 04:45:00 GMT; HttpOnly; Secure; SameSite=None")]
    [InlineData("claysession=\"s%3AAbC123def456ghi.Sig%2Fnat%2Bure\"; Path=/")]
    [InlineData("CLAYSESSION=s%3AAbC123def456ghi.Sig%2Fnat%2Bure")]
    public void A_realistic_set_cookie_header_yields_the_session_exactly_as_sent(string header)
    {
        Assert.True(ClaySession.TryParseSetCookie(header, out var session));
        Assert.Equal("s%3AAbC123def456ghi.Sig%2Fnat%2Bure", session.CookieValue);
    }

    [Theory]
    [InlineData("other=1; Path=/")]
    [InlineData("claysession=; Path=/")]
    [InlineData("")]
    public void Set_cookie_headers_without_a_session_are_not_taken_for_one(string header) =>
        Assert.False(ClaySession.TryParseSetCookie(header, out _));

    [Theory]
    [InlineData("s%3Aabc.def")]
    [InlineData("claysession=s%3Aabc.def")]
    [InlineData("_ga=GA1.1; claysession=s%3Aabc.def; theme=dark")]
    public void A_session_is_read_from_a_value_a_pair_or_a_cookie_header(string text) =>
        Assert.Equal("s%3Aabc.def", ClaySession.FromCookie(text).CookieValue);

    [Fact]
    public void The_session_never_appears_in_ToString_of_the_session_the_options_or_the_store()
    {
        var session = ClaySession.FromCookie(TestClients.SessionValue);
        var options = new ClayClientOptions { Session = session, Email = "user@example.com", Password = Password };
        using var store = new Http.ClaySessionStore(session, "user@example.com", Password);

        foreach (var text in new[] { session.ToString(), options.ToString(), store.ToString() })
        {
            Assert.DoesNotContain("plantedSessionId", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_session_is_read_from_CLAY_SESSION()
    {
        var before = Environment.GetEnvironmentVariable(ClaySession.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ClaySession.EnvironmentVariable, "claysession=s%3Afrom-env.sig");
            Assert.Equal("s%3Afrom-env.sig", ClaySession.FromEnvironment()!.CookieValue);
            Environment.SetEnvironmentVariable(ClaySession.EnvironmentVariable, null);
            Assert.Null(ClaySession.FromEnvironment());
        }
        finally
        {
            Environment.SetEnvironmentVariable(ClaySession.EnvironmentVariable, before);
        }
    }

    [Fact]
    public async Task Login_reads_the_session_out_of_set_cookie_among_other_cookies()
    {
        var network = new RecordingHandler(_ =>
        {
            var response = RecordingHandler.Json("""{"user":{"id":4515}}""");
            response.Headers.Add("Set-Cookie", "__cf_bm=xyz; Path=/; HttpOnly");
            response.Headers.Add("Set-Cookie", "claysession=s%3AfreshSid.freshSig; Path=/; HttpOnly; Secure; SameSite=None");
            return response;
        });
        using var clay = TestClients.Create(network, session: null);

        var session = await clay.Auth.FetchSessionAsync("user@example.com", Password);

        Assert.Equal("s%3AfreshSid.freshSig", session.CookieValue);
    }

    [Fact]
    public async Task A_rejected_login_raises_an_authentication_error_without_the_password()
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json("""{"message":"Invalid email or password"}""", HttpStatusCode.Unauthorized));
        using var clay = TestClients.Create(network, session: null);

        var error = await Assert.ThrowsAsync<ClayAuthenticationException>(() => clay.Auth.FetchSessionAsync("user@example.com", Password));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Invalid email or password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_that_sets_no_session_is_an_authentication_error()
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json("{}")), session: null);

        var error = await Assert.ThrowsAsync<ClayAuthenticationException>(() => clay.Auth.FetchSessionAsync("user@example.com", Password));

        Assert.Contains("no claysession cookie", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_credentials_and_no_session_the_client_logs_in_first_then_sends_the_cookie()
    {
        var network = new RecordingHandler(request =>
        {
            if (request.RequestUri!.AbsolutePath == "/v3/auth/login")
            {
                var login = RecordingHandler.Json("{}");
                login.Headers.Add("Set-Cookie", "claysession=s%3AlazySid.lazySig; Path=/");
                return login;
            }

            return RecordingHandler.Json("""{"tableTotalRecordsCount":5}""");
        });
        using var clay = TestClients.Create(network, session: null, o => { o.Session = null; o.Email = "user@example.com"; o.Password = Password; });

        var count = await clay.Tables.CountRowsAsync("t_1");

        Assert.Equal(5, count.Total);
        Assert.Equal(["login", "countRows"], network.Requests.Select(r => r.OperationId));
        Assert.Equal("claysession=s%3AlazySid.lazySig", network.Requests[1].Cookie);
        Assert.Equal("s%3AlazySid.lazySig", clay.Session!.CookieValue);
    }

    [Fact]
    public async Task Without_session_or_credentials_a_call_fails_before_sending_and_says_what_to_do()
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network, session: null, o => o.Session = null);

        var error = await Assert.ThrowsAsync<ClayAuthenticationException>(() => clay.Tables.CountRowsAsync("t_1"));

        Assert.Contains("CLAY_SESSION", error.Message, StringComparison.Ordinal);
        Assert.Empty(network.Requests);
    }
}
