using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>A 401 leads to one re-login and one replay when credentials are known, and to the exception otherwise.</summary>
public sealed class SessionRefreshTests : IDisposable
{
    private readonly ClayFakeServer _clay = ClayFakeServer.Start();

    public void Dispose() => _clay.Dispose();

    [Fact]
    public async Task A_401_with_credentials_logs_in_again_and_replays_the_request()
    {
        _clay.GivenLoginSucceeds();
        _clay.GivenCountNeedsFreshSession(42);
        using var client = _clay.CreateClientWithCredentials();

        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(42, count.Total);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));
        var attempts = _clay.RequestsTo(ClayFakeServer.CountPath);
        Assert.Equal(2, attempts.Count);
        Assert.Equal($"claysession={ClayFakeServer.StaleSessionValue}", attempts[0].RequestMessage!.Headers!["Cookie"].Single());
        Assert.Equal($"claysession={ClayFakeServer.FreshSessionValue}", attempts[1].RequestMessage!.Headers!["Cookie"].Single());
        Assert.Equal(ClayFakeServer.FreshSessionValue, client.Session!.CookieValue);
    }

    [Fact]
    public async Task The_login_sends_the_credentials_as_json_without_the_stale_cookie()
    {
        _clay.GivenLoginSucceeds();
        _clay.GivenCountNeedsFreshSession(1);
        using var client = _clay.CreateClientWithCredentials();

        await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        var login = Assert.Single(_clay.RequestsTo(ClayFakeServer.LoginPath)).RequestMessage!;
        Assert.Contains(ClayFakeServer.Password, login.Body, StringComparison.Ordinal);
        Assert.Contains(ClayFakeServer.Email, login.Body, StringComparison.Ordinal);
        Assert.False(login.Headers!.ContainsKey("Cookie"));
    }

    [Fact]
    public async Task A_client_with_credentials_and_no_session_logs_in_before_its_first_call()
    {
        _clay.GivenLoginSucceeds();
        _clay.GivenCountNeedsFreshSession(5);
        using var client = _clay.CreateClientWithCredentials(o => o.Session = null);

        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(5, count.Total);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task Twenty_concurrent_calls_hitting_401_share_one_login()
    {
        // The login is answered only once all twenty stale requests were refused, so every call needs it at the same time.
        const int calls = 20;
        var refused = 0;
        var allRefused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(async _ =>
            {
                await allRefused.Task;
                return ClayFakeServer.JsonMessage(200, "{}", ("Set-Cookie", $"claysession={ClayFakeServer.FreshSessionValue}; Path=/"));
            }));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath).UsingGet().WithHeader("Cookie", $"claysession={ClayFakeServer.FreshSessionValue}"))
            .AtPriority(1)
            .RespondWith(ClayFakeServer.Json(200, """{"tableTotalRecordsCount":7}"""));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath).UsingGet()).AtPriority(2)
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                if (Interlocked.Increment(ref refused) == calls)
                {
                    allRefused.SetResult();
                }

                return ClayFakeServer.JsonMessage(401, """{"message":"Unauthorized"}""");
            }));
        using var client = _clay.CreateClientWithCredentials();

        var counts = await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => client.Tables.CountRowsAsync(ClayFakeServer.TableId)));

        Assert.All(counts, c => Assert.Equal(7, c.Total));
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));
        Assert.Equal(calls, Volatile.Read(ref refused));
        Assert.Equal(2 * calls, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task A_login_that_hangs_is_sent_once_and_the_call_times_out()
    {
        // The login never answers: its attempt times out, and a login that may have reached Clay is not sent again.
        // The attempt timeout runs on a fake clock, armed before the login is sent: the clock moves only
        // once the login has arrived, so a slow machine cannot time it out before it reaches the server.
        var logins = 0;
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var attemptTimeout = TimeSpan.FromMilliseconds(300);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(_clay.JsonCountingArrivals(200, "{}", Timeout.InfiniteTimeSpan, () =>
            {
                Interlocked.Increment(ref logins);
                arrived.TrySetResult();
            }));
        _clay.GivenCountNeedsFreshSession(1);
        using var client = _clay.CreateClientWithCredentials(o =>
        {
            o.TimeProvider = time;
            o.AttemptTimeout = attemptTimeout;
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await arrived.Task;
        time.Advance(attemptTimeout);
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.Equal(1, Volatile.Read(ref logins));
        Assert.Equal("login", ex.OperationId);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
        Secrets.AssertNone(ex);
    }

    [Fact]
    public async Task A_refused_login_is_sent_once_for_every_call_within_the_cooldown_and_again_after_it()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(ClayFakeServer.Json(401, """{"message":"Invalid email or password"}"""));
        _clay.GivenCountNeedsFreshSession(7);
        using var client = _clay.CreateClientWithCredentials(o =>
        {
            o.TimeProvider = time;
            o.RefusedLoginCooldown = TimeSpan.FromMinutes(1);
        });

        // One after another, each meeting its own 401: the later ones arrive after the refusal, not during it.
        for (var call = 0; call < 20; call++)
        {
            var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));
            Assert.Contains("Invalid email or password", ex.Message, StringComparison.Ordinal);
            Secrets.AssertNone(ex);
        }

        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));
        Assert.Equal(20, _clay.CountRequests(ClayFakeServer.CountPath));

        time.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.LoginPath));
    }

    [Fact]
    public async Task Concurrent_calls_whose_login_is_refused_share_that_one_refusal()
    {
        // Each failed login counts against the account: twenty callers must not try twenty times.
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(ClayFakeServer.Json(401, """{"message":"Invalid email or password"}"""));
        _clay.GivenCountNeedsFreshSession(7);
        using var client = _clay.CreateClientWithCredentials();

        var calls = Enumerable.Range(0, 20).Select(_ => client.Tables.CountRowsAsync(ClayFakeServer.TableId)).ToList();
        foreach (var call in calls)
        {
            var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => call);
            Assert.Contains("Invalid email or password", ex.Message, StringComparison.Ordinal);
            Secrets.AssertNone(ex);
        }

        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));
    }

    [Fact]
    public async Task Explicit_logins_with_refused_credentials_are_not_sent_again_within_the_cooldown()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(ClayFakeServer.Json(401, """{"message":"Invalid email or password"}"""));
        using var client = _clay.CreateClient(o => o.TimeProvider = time);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Auth.FetchSessionAsync(ClayFakeServer.Email, ClayFakeServer.Password));
            Assert.Contains("Invalid email or password", ex.Message, StringComparison.Ordinal);
            Secrets.AssertNone(ex);
        }

        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));

        // Other credentials are not refused on the strength of these.
        await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.LoginAsync(ClayFakeServer.Email, "another-password"));
        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.LoginPath));

        time.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.LoginAsync(ClayFakeServer.Email, ClayFakeServer.Password));
        Assert.Equal(3, _clay.CountRequests(ClayFakeServer.LoginPath));
    }

    [Fact]
    public async Task A_later_call_tries_to_log_in_again_after_a_failed_login()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .InScenario("login").WillSetStateTo("recovered")
            .RespondWith(ClayFakeServer.Json(503, "{}"));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .InScenario("login").WhenStateIs("recovered")
            .RespondWith(ClayFakeServer.Json(200, "{}").WithHeader("Set-Cookie", $"claysession={ClayFakeServer.FreshSessionValue}; Path=/"));
        _clay.GivenCountNeedsFreshSession(3);
        using var client = _clay.CreateClientWithCredentials();

        await Assert.ThrowsAnyAsync<ClayApiException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));
        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(3, count.Total);
        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.LoginPath));
    }

    [Fact]
    public async Task A_401_without_credentials_surfaces_at_once()
    {
        _clay.GivenLoginSucceeds();
        _clay.GivenCountNeedsFreshSession(1);
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
        Assert.Equal(0, _clay.CountRequests(ClayFakeServer.LoginPath));
        Secrets.AssertNone(ex);
    }

    [Fact]
    public async Task A_client_with_neither_session_nor_credentials_fails_before_sending()
    {
        using var client = _clay.CreateClient(o => o.Session = null);

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Contains("CLAY_SESSION", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_clay.Server.LogEntries);
    }

    [Fact]
    public async Task A_401_after_a_fresh_login_surfaces_instead_of_looping()
    {
        _clay.GivenLoginSucceeds();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(ClayFakeServer.Json(401, """{"message":"Forbidden for this user"}"""));
        using var client = _clay.CreateClientWithCredentials();

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));
        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.CountPath));
        Assert.Equal("Forbidden for this user", ex.ClayMessage);
        Secrets.AssertNone(ex);
    }

    [Fact]
    public async Task A_403_is_not_an_expired_session_and_does_not_log_in()
    {
        _clay.GivenLoginSucceeds();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(ClayFakeServer.Json(403, "{}"));
        using var client = _clay.CreateClientWithCredentials();

        await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(0, _clay.CountRequests(ClayFakeServer.LoginPath));
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task A_write_that_hit_401_is_replayed_once_with_the_fresh_session()
    {
        _clay.GivenLoginSucceeds();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost().WithHeader("Cookie", $"claysession={ClayFakeServer.FreshSessionValue}"))
            .AtPriority(1)
            .RespondWith(ClayFakeServer.Json(200, """{"records":[{"id":"r_1","cells":{}}]}"""));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost()).AtPriority(2).RespondWith(ClayFakeServer.Json(401, "{}"));
        using var client = _clay.CreateClientWithCredentials();

        var added = await client.Tables.AddRecordsAsync(ClayFakeServer.TableId, [new Dictionary<string, object?> { ["f_name"] = "Acme" }]);

        Assert.Single(added.Records!);
        var sent = _clay.RequestsTo(ClayFakeServer.RecordsPath);
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].RequestMessage!.Body, sent[1].RequestMessage!.Body);
    }
}
