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
        Assert.Equal(1, server.Requests);
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
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_read_whose_connection_always_breaks_raises_a_connection_exception_after_the_retries()
    {
        await using var server = new RawHttpServer(_ => RawAction.Reset, CountBody);
        using var client = Client(server.BaseAddress, o => o.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<ClayConnectionException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal("countRows", ex.OperationId);
        Assert.Equal(3, server.Requests);
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
        Assert.Equal(2, server.Requests);
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
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_body_that_stalls_raises_a_timeout_instead_of_hanging()
    {
        await using var server = new RawHttpServer(_ => RawAction.StallBody, CountBody);
        using var client = Client(server.BaseAddress, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("countRows", ex.OperationId);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"the stall was noticed after {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_while_a_body_stalls_raises_cancellation_not_a_timeout()
    {
        await using var server = new RawHttpServer(_ => RawAction.StallBody, CountBody);
        using var client = Client(server.BaseAddress, o => o.AttemptTimeout = TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId, cancel.Token).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(cancel.Token, ex.CancellationToken);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the cancellation was honoured after {watch.Elapsed}");
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
        // The port refuses the first attempt; a server starts on it during the backoff.
        using var logs = new LogCapture();
        var address = RawHttpServer.ClosedPortAddress();
        using var client = Client(address, o =>
        {
            o.MaxRetries = 3;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(400);
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(400);
            o.LoggerFactory = logs.Factory;
        });

        var call = client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow);
        await Eventually.TrueAsync(() => logs.RequestLines.Count == 1, "the first attempt is refused");
        await using var server = RawHttpServer.On(address.Port, _ => RawAction.Respond, """{"records":[{"id":"r_1","cells":{}}]}""");
        var added = await call;

        Assert.Single(added.Records!);
        Assert.Equal(1, server.Requests);
        var outcomes = logs.RequestLines.Select(r => r.Id.Id == 2 ? "failed" : r.GetStructuredStateValue("Status")).ToList();
        Assert.Equal("200", outcomes[^1]);
        Assert.All(outcomes[..^1], o => Assert.Equal("failed", o));
        Assert.InRange(outcomes.Count, 2, 4);
    }

    private static ClayClient Client(Uri baseAddress, Action<ClayClientOptions>? configure = null)
    {
        var options = new ClayClientOptions
        {
            BaseAddress = baseAddress,
            Session = Infrastructure.TestClients.Session,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(10),
            AttemptTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return new ClayClient(options);
    }
}
