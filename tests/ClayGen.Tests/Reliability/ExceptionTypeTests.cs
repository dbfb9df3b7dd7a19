using ClayGen.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>Each failing HTTP status from a real server becomes the documented exception type, with its details and no secret.</summary>
public sealed class ExceptionTypeTests : IDisposable
{
    private readonly ClayFakeServer _clay = ClayFakeServer.Start();

    public void Dispose() => _clay.Dispose();

    public static TheoryData<int, Type> Statuses => new()
    {
        { 400, typeof(ClayValidationException) },
        { 422, typeof(ClayValidationException) },
        { 401, typeof(ClayAuthenticationException) },
        { 403, typeof(ClayAuthenticationException) },
        { 404, typeof(ClayNotFoundException) },
        { 429, typeof(ClayRateLimitedException) },
        { 500, typeof(ClayServerException) },
        { 502, typeof(ClayServerException) },
        { 503, typeof(ClayServerException) },
        { 504, typeof(ClayServerException) },
        { 409, typeof(ClayApiException) },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task A_failing_status_raises_its_exception_type_with_the_call_details(int status, Type expected)
    {
        // The body and headers echo the session and password, as a misbehaving proxy might.
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath).UsingGet())
            .RespondWith(Response.Create()
                .WithStatusCode(status)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-Request-Id", "req-42")
                .WithHeader("Set-Cookie", $"claysession={TestClients.SessionValue}; Path=/")
                .WithHeader("X-Echo-Cookie", $"claysession={TestClients.SessionValue}")
                .WithBody($$"""{"message":"Nope for claysession={{TestClients.SessionValue}}","password":"{{ClayFakeServer.Password}}","session":"{{TestClients.SessionValue}}"}"""));
        using var client = _clay.CreateClient(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAnyAsync<ClayApiException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(expected, ex.GetType());
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("countRows", ex.OperationId);
        Assert.Equal("GET", ex.Method);
        Assert.Equal(ClayFakeServer.CountPath, ex.RequestPath);
        Assert.Equal("req-42", ex.RequestId);
        Assert.Contains("countRows", ex.Message, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains("Nope for claysession=[redacted]", ex.ResponseExcerpt, StringComparison.Ordinal);
        Assert.Equal(["req-42"], ex.Headers["X-Request-Id"]);
        Assert.Equal(["[redacted]"], ex.Headers["Set-Cookie"]);
        Assert.Equal(["[redacted]"], ex.Headers["X-Echo-Cookie"]);
        Secrets.AssertNone(ex);
    }

    [Fact]
    public async Task An_authentication_failure_says_how_to_get_a_new_session()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(ClayFakeServer.Json(401, "{}"));
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Contains("log in again", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CLAY_SESSION", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Theory]
    [InlineData("application/json", """{"message":"fieldIds - Required"}""")]
    [InlineData("application/json", """{"error":"fieldIds - Required"}""")]
    [InlineData("application/json", """{"error":{"message":"fieldIds - Required","code":"BadRequest"}}""")]
    [InlineData("text/plain", "fieldIds - Required")]
    [InlineData("text/html; charset=utf-8", "fieldIds - Required")]
    public async Task A_validation_failure_carries_Clays_message(string contentType, string body)
    {
        _clay.Server.Given(Request.Create().WithPath("/v3/tables/" + ClayFakeServer.TableId + "/run").UsingPatch())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", contentType).WithBody(body));
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayValidationException>(
            () => client.Tables.RunEnrichmentAsync(ClayFakeServer.TableId, ["f_one"], RunRecords.WholeView(ClayFakeServer.ViewId)));

        Assert.Equal("fieldIds - Required", ex.ClayMessage);
        Assert.Contains("Clay said: fieldIds - Required", ex.Message, StringComparison.Ordinal);
        Assert.Equal("runEnrichment", ex.OperationId);
    }

    [Fact]
    public async Task A_not_found_carries_Clays_message_and_no_retry()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(404, """{"type":"NotFound","message":"NoMatchingURL: no route"}"""));
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayNotFoundException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal("NoMatchingURL: no route", ex.ClayMessage);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task A_rate_limit_that_outlasts_the_retries_carries_the_Retry_After_delay()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(429, """{"message":"slow down"}""").WithHeader("Retry-After", "0"));
        using var client = _clay.CreateClient(o => o.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<ClayRateLimitedException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(TimeSpan.Zero, ex.RetryAfter);
        Assert.Equal(3, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task A_rate_limit_reports_the_delay_Clay_asked_for()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(429, "{}").WithHeader("Retry-After", "7"));
        using var client = _clay.CreateClient(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<ClayRateLimitedException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Contains("Retry after 7 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_path_never_includes_the_query_string()
    {
        _clay.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(ClayFakeServer.Json(500, "{}"));
        using var client = _clay.CreateClient(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAnyAsync<ClayApiException>(() => client.Credits.GetCreditReportAsync(
            712043, CreditReportQuery.Between(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1)).ForOwners(4515)));

        var sent = Assert.Single(_clay.Server.LogEntries);
        Assert.Contains("?", sent.RequestMessage!.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("?", ex.RequestPath!, StringComparison.Ordinal);
        Assert.DoesNotContain("ownerIds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_response_excerpt_is_bounded()
    {
        var huge = new string('x', 200_000);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(400, $$"""{"message":"{{huge}}"}"""));
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayValidationException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.InRange(ex.ResponseExcerpt!.Length, 100, 1100);
        Assert.InRange(ex.Message.Length, 10, 1000);
    }

    [Fact]
    public async Task A_refused_login_says_the_credentials_were_rejected_without_repeating_them()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(ClayFakeServer.Json(401, $$"""{"message":"Invalid email or password","password":"{{ClayFakeServer.Password}}"}"""));
        using var client = _clay.CreateClient(o => o.Session = null);

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.LoginAsync(ClayFakeServer.Email, ClayFakeServer.Password));

        Assert.Contains("rejected the email or password", ex.Message, StringComparison.Ordinal);
        Assert.Equal("login", ex.OperationId);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.LoginPath));
        Secrets.AssertNone(ex);
    }

    [Fact]
    public async Task A_login_that_sets_no_session_raises_an_authentication_exception()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost()).RespondWith(ClayFakeServer.Json(200, "{}"));
        using var client = _clay.CreateClient(o => o.Session = null);

        var ex = await Assert.ThrowsAsync<ClayAuthenticationException>(() => client.LoginAsync(ClayFakeServer.Email, ClayFakeServer.Password));

        Assert.Contains("set no claysession cookie", ex.Message, StringComparison.Ordinal);
    }
}
