using ClayGen.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>One log line per request with its method, path, status, duration and attempt, and never a secret.</summary>
public sealed class LoggingTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, object?>[] OneRow = [new Dictionary<string, object?> { ["f_name"] = "Acme" }];

    private readonly ClayFakeServer _clay = ClayFakeServer.Start();
    private readonly LogCapture _logs = new();

    public void Dispose()
    {
        _logs.Dispose();
        _clay.Dispose();
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_status_duration_and_attempt()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).InScenario("s").WillSetStateTo("2")
            .RespondWith(ClayFakeServer.Json(503, "{}"));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).InScenario("s").WhenStateIs("2")
            .RespondWith(ClayFakeServer.Json(200, """{"count":3}"""));
        using var client = _clay.CreateClient(o => o.LoggerFactory = _logs.Factory);

        await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        var lines = _logs.RequestLines;
        Assert.Equal(2, lines.Count);
        Assert.Equal(["503", "200"], lines.Select(l => l.GetStructuredStateValue("Status")));
        Assert.Equal(["1", "2"], lines.Select(l => l.GetStructuredStateValue("Attempt")));
        Assert.All(lines, l =>
        {
            Assert.Equal("countRows", l.GetStructuredStateValue("Operation"));
            Assert.Equal("GET", l.GetStructuredStateValue("Method"));
            Assert.Equal(ClayFakeServer.CountPath, l.GetStructuredStateValue("Path"));
            Assert.Equal("ClayGen.Http", l.Category);
            Assert.Contains($"GET {ClayFakeServer.CountPath} -> ", l.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_logged_duration_is_the_time_the_request_took_on_the_client_clock()
    {
        // The request is held at the server while the fake clock moves 1,234 ms; nothing else moves it.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(Response.Create().WithCallback(async _ =>
            {
                arrived.TrySetResult();
                await release.Task;
                return (WireMock.IResponseMessage)ClayFakeServer.JsonMessage(200, """{"count":3}""");
            }));
        using var client = _clay.CreateClient(o =>
        {
            o.TimeProvider = time;
            o.MaxRetries = 0;
            o.LoggerFactory = _logs.Factory;
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await arrived.Task;
        time.Advance(TimeSpan.FromMilliseconds(1234));
        release.SetResult();
        await call;

        var line = Assert.Single(_logs.RequestLines);
        Assert.Equal(1234.0, double.Parse(line.GetStructuredStateValue("ElapsedMs")!, System.Globalization.CultureInfo.CurrentCulture));
        Assert.Contains("in 1234.0 ms", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_re_login_and_its_replay_are_logged_as_requests_of_their_own()
    {
        _clay.GivenLoginSucceeds();
        _clay.GivenCountNeedsFreshSession(1);
        using var client = _clay.CreateClientWithCredentials(o => o.LoggerFactory = _logs.Factory);

        await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(
            ["countRows 401 attempt 1", "login 200 attempt 1", "countRows 200 attempt 2"],
            _logs.RequestLines.Select(l => $"{l.GetStructuredStateValue("Operation")} {l.GetStructuredStateValue("Status")} attempt {l.GetStructuredStateValue("Attempt")}"));
    }

    [Fact]
    public async Task A_request_that_gets_no_response_is_logged_as_a_warning_with_the_error_type()
    {
        await using var server = new RawHttpServer(_ => RawAction.Reset, "{}");
        using var client = _clay.CreateClient(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.MaxRetries = 0;
            o.LoggerFactory = _logs.Factory;
        });

        await Assert.ThrowsAsync<ClayConnectionException>(() => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow));

        var line = Assert.Single(_logs.RequestLines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("HttpRequestException", line.GetStructuredStateValue("Error"));
        Assert.Equal("addRecords", line.GetStructuredStateValue("Operation"));
        Assert.Equal("POST", line.GetStructuredStateValue("Method"));
    }

    [Fact]
    public async Task A_request_that_times_out_is_logged()
    {
        // Clay never answers; only the fake clock, moved past the attempt timeout once the request arrived, ends the call.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath))
            .RespondWith(_clay.JsonCountingArrivals(200, """{"records":[]}""", Timeout.InfiniteTimeSpan, () => arrived.TrySetResult()));
        using var client = _clay.CreateClient(o =>
        {
            o.TimeProvider = time;
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.LoggerFactory = _logs.Factory;
        });

        var call = client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow);
        await arrived.Task;
        time.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        var line = Assert.Single(_logs.RequestLines);
        Assert.Equal("addRecords", line.GetStructuredStateValue("Operation"));
        Assert.Contains("timed out", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_values_are_logged_only_when_on_the_allow_list()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(200, """{"count":3}""")
                .WithHeader("X-Request-Id", "req-7")
                .WithHeader("Set-Cookie", $"claysession={ClayFakeServer.FreshSessionValue}; Path=/")
                .WithHeader("X-Brand-New-Header", "surprise"));
        using var client = _clay.CreateClient(o => o.LoggerFactory = _logs.Factory);

        await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        var trace = Assert.Single(_logs.Records, r => r.Level == LogLevel.Trace).Message;
        Assert.Contains("Cookie: [redacted]", trace, StringComparison.Ordinal);
        Assert.Contains("Set-Cookie: [redacted]", trace, StringComparison.Ordinal);
        Assert.Contains("X-Brand-New-Header: [redacted]", trace, StringComparison.Ordinal);
        Assert.Contains("X-Request-Id: req-7", trace, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Accept: application/json", trace, StringComparison.Ordinal);
        Secrets.AssertNone(trace, "trace line");
    }

    [Fact]
    public async Task The_logs_of_many_operations_contain_no_secret()
    {
        // Every path a secret could take: login bodies, cookies, Set-Cookie answers, echoed bodies,
        // re-logins, failures, faults and timeouts; Trace level on.
        var echo = $$"""{"message":"bad claysession={{TestClients.SessionValue}}","password":"{{ClayFakeServer.Password}}"}""";
        _clay.GivenLoginSucceeds();
        _clay.GivenCountNeedsFreshSession(1);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost())
            .RespondWith(ClayFakeServer.Json(400, echo).WithHeader("Set-Cookie", $"claysession={TestClients.SessionValue}"));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(echo).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        _clay.Server.Given(Request.Create().WithPath("/v3/tables/" + ClayFakeServer.TableId).UsingGet())
            .RespondWith(ClayFakeServer.Json(503, echo));
        // The enrichment run is held at the server and cancelled once it arrived: a cancelled request's line too.
        using var cancelRun = new CancellationTokenSource();
        _clay.Server.Given(Request.Create().WithPath("/v3/tables/" + ClayFakeServer.TableId + "/run"))
            .RespondWith(_clay.JsonCountingArrivals(200, echo, Timeout.InfiniteTimeSpan, cancelRun.Cancel));
        using var client = _clay.CreateClientWithCredentials(o => o.LoggerFactory = _logs.Factory);
        var failures = new List<Exception>();

        for (var i = 0; i < 10; i++)
        {
            await client.Tables.CountRowsAsync(ClayFakeServer.TableId);
            await Capture(failures, () => client.LoginAsync(ClayFakeServer.Email, ClayFakeServer.Password));
            await Capture(failures, () => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, [new Dictionary<string, object?> { ["password"] = ClayFakeServer.Password }]));
            await Capture(failures, () => client.Tables.DeleteRecordsAsync(ClayFakeServer.TableId, ["r_1"]));
            await Capture(failures, () => client.Tables.GetTableAsync(ClayFakeServer.TableId));
        }

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Tables.RunEnrichmentAsync(ClayFakeServer.TableId, ["f_one"], RunRecords.WholeView(ClayFakeServer.ViewId), cancellationToken: cancelRun.Token));

        Assert.True(_logs.RequestLines.Count >= 50, $"only {_logs.RequestLines.Count} request lines");
        Assert.Contains(_logs.Records, r => r.Level == LogLevel.Trace);
        Assert.Contains(_logs.Records, r => r.Id.Id == 4);
        foreach (var record in _logs.Records)
        {
            Secrets.AssertNone(LogCapture.Everything(record), "log record");
        }

        // Ten of each: the refused add, the delete whose body breaks off, the table read that keeps failing.
        Assert.Equal(30, failures.Count);
        Assert.All(failures, Secrets.AssertNone);
        Secrets.AssertNone(cancelled);
    }

    private static async Task Capture(List<Exception> failures, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (ClayApiException ex)
        {
            failures.Add(ex);
        }
    }
}
