using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Tests.Reliability;

/// <summary>Broken connections: retried for reads, never for writes unless the connection was refused before sending.</summary>
public sealed class ConnectionFaultTests
{
    private const string CountBody = """{"tableTotalRecordsCount": 5}""";
    private static readonly IReadOnlyDictionary<string, object?>[] OneRow = [new Dictionary<string, object?> { ["f_name"] = "Acme" }];

    [Theory]
    [InlineData(RawAction.Reset)]
    [InlineData(RawAction.Close)]
    public async Task A_connection_broken_after_a_write_was_sent_is_not_retried(RawAction fault)
    {
        await using var server = new RawHttpServer(_ => fault, """{"records":[]}""");
        using var client = Client(server.BaseAddress);

        var ex = await Assert.ThrowsAsync<ClayConnectionException>(() => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow));

        Assert.Equal("addRecords", ex.OperationId);
        Assert.Equal("POST", ex.Method);
        Assert.Equal(ClayFakeServer.RecordsPath, ex.RequestPath);
        Assert.Single(server.Requests);
        Secrets.AssertNone(ex);
    }

    [Theory]
    [InlineData(RawAction.Reset)]
    [InlineData(RawAction.Close)]
    public async Task A_connection_broken_during_a_read_is_retried(RawAction fault)
    {
        await using var server = new RawHttpServer(n => n == 1 ? fault : RawAction.Respond, CountBody);
        using var client = Client(server.BaseAddress);

        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(5, count.Total);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_read_whose_connection_always_breaks_raises_a_connection_exception_after_the_retries()
    {
        await using var server = new RawHttpServer(_ => RawAction.Reset, CountBody);
        using var client = Client(server.BaseAddress, o => o.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<ClayConnectionException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal("countRows", ex.OperationId);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_body_that_breaks_off_raises_an_unexpected_response_naming_the_operation()
    {
        await using var server = new RawHttpServer(_ => RawAction.TruncateBody, CountBody);
        using var client = Client(server.BaseAddress);

        var ex = await Assert.ThrowsAsync<ClayUnexpectedResponseException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Contains("countRows", ex.Message, StringComparison.Ordinal);
        Assert.Contains("broke off", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_whose_body_breaks_off_once_is_retried_because_the_body_is_read_inside_the_attempt()
    {
        await using var server = new RawHttpServer(n => n == 1 ? RawAction.TruncateBody : RawAction.Respond, CountBody);
        using var client = Client(server.BaseAddress);

        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(5, count.Total);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_write_whose_body_breaks_off_is_not_retried_and_says_so()
    {
        await using var server = new RawHttpServer(n => n == 1 ? RawAction.TruncateBody : RawAction.Respond, """{"records":[]}""");
        using var client = Client(server.BaseAddress);

        var ex = await Assert.ThrowsAsync<ClayUnexpectedResponseException>(() => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow));

        Assert.Equal("addRecords", ex.OperationId);
        Assert.Equal(200, ex.StatusCode);
        Assert.Contains("broke off", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_body_that_stalls_raises_a_timeout_instead_of_hanging()
    {
        // On a fake clock, nothing but the clock can end the stalled read: the call ends only because a
        // timeout noticed it. The attempt timeout is armed before the request goes out, so once the server
        // has stalled, moving the clock by exactly that timeout (far short of the overall one) must end the call.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var attemptTimeout = TimeSpan.FromMilliseconds(300);
        await using var server = new RawHttpServer(_ => RawAction.StallBody, CountBody);
        using var client = Client(server.BaseAddress, o =>
        {
            o.TimeProvider = time;
            o.AttemptTimeout = attemptTimeout;
            o.Timeout = TimeSpan.FromHours(1);
            o.MaxRetries = 0;
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await server.Stalled;
        time.Advance(attemptTimeout);
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.Equal("countRows", ex.OperationId);
    }

    [Fact]
    public async Task Cancelling_while_a_body_stalls_raises_cancellation_not_a_timeout()
    {
        // The fake clock never moves, so no timeout can fire: only the cancellation can end the call.
        await using var server = new RawHttpServer(_ => RawAction.StallBody, CountBody);
        using var client = Client(server.BaseAddress, o => o.TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var cancel = new CancellationTokenSource();

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId, cancel.Token);
        await server.Stalled;
        await cancel.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cancel.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task A_refused_connection_on_adding_records_is_retried_then_raises_a_connection_exception()
    {
        using var logs = new LogCapture();
        using var client = Client(RawHttpServer.ClosedPortAddress(), o =>
        {
            o.MaxRetries = 2;
            o.LoggerFactory = logs.Factory;
        });

        var ex = await Assert.ThrowsAsync<ClayConnectionException>(() => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow));

        Assert.Equal("addRecords", ex.OperationId);
        var attempts = logs.RequestLines.Select(r => r.GetStructuredStateValue("Attempt")).ToList();
        Assert.Equal(["1", "2", "3"], attempts);
    }

    [Fact]
    public async Task A_refused_login_is_retried()
    {
        using var logs = new LogCapture();
        using var client = Client(RawHttpServer.ClosedPortAddress(), o =>
        {
            o.MaxRetries = 1;
            o.LoggerFactory = logs.Factory;
        });

        await Assert.ThrowsAsync<ClayConnectionException>(() => client.LoginAsync(ClayFakeServer.Email, ClayFakeServer.Password));

        Assert.Equal(2, logs.RequestLines.Count);
        Assert.All(logs.RequestLines, r => Assert.Equal("login", r.GetStructuredStateValue("Operation")));
    }

    [Fact]
    public async Task A_write_succeeds_once_the_refusing_server_comes_up()
    {
        // The port refuses the first attempt; a server starts on it during the backoff, which runs on a
        // fake clock: the backoff's timer exists only once the first attempt failed, and the second
        // attempt cannot start before the test moves the clock past it, after the server is up.
        using var logs = new LogCapture();
        var time = new RecordingTimeProvider();
        var backoff = TimeSpan.FromMilliseconds(400);
        var address = RawHttpServer.ClosedPortAddress();
        using var client = Client(address, o =>
        {
            o.TimeProvider = time;
            o.MaxRetries = 3;
            o.RetryBaseDelay = backoff;
            o.RetryMaxDelay = backoff;
            o.AttemptTimeout = TimeSpan.FromHours(1);
            o.Timeout = TimeSpan.FromHours(2);
            o.LoggerFactory = logs.Factory;
        });

        var call = client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow);
        var wait = await time.NextWaitAsync(backoff);
        await using var server = RawHttpServer.On(address.Port, _ => RawAction.Respond, """{"records":[{"id":"r_1","cells":{}}]}""");
        time.Advance(wait);
        var added = await call;

        Assert.Single(added.Records!);
        Assert.Single(server.Requests);
        var outcomes = logs.RequestLines.Select(r => r.Id.Id == 2 ? "failed" : r.GetStructuredStateValue("Status")).ToList();
        Assert.Equal(["failed", "200"], outcomes);
    }

    private static ClayClient Client(Uri baseAddress, Action<ClayClientOptions>? configure = null)
    {
        var options = new ClayClientOptions
        {
            BaseAddress = baseAddress,
            Session = TestClients.Session,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(10),

            // On the real clock, so far off that no attempt reaches it however loaded the machine: a reset or a
            // truncated body must be reported as such, never as a timeout. The timeout tests move a fake clock.
            AttemptTimeout = TimeSpan.FromMinutes(10),
            Timeout = TimeSpan.FromMinutes(20),
        };
        configure?.Invoke(options);
        return new ClayClient(options);
    }
}
