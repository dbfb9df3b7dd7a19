using WireMock.RequestBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>
/// Every call honours its token, backoff included; a timeout is a <see cref="ClayTimeoutException"/>,
/// not a cancellation. Slow answers here never come at all, so only the cancellation or the timeout
/// under test can end a call: no test measures how long that took.
/// </summary>
public sealed class CancellationAndTimeoutTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, object?>[] OneRow = [new Dictionary<string, object?> { ["f_name"] = "Acme" }];

    private readonly ClayFakeServer _clay = ClayFakeServer.Start();
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _eachArrival = new(0);
    private int _arrivals;

    private int Arrivals => Volatile.Read(ref _arrivals);

    public void Dispose()
    {
        _clay.Dispose();
        _eachArrival.Dispose();
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_wait_ends_the_call()
    {
        // On a fake clock the backoff never ends by itself: only the cancellation can end the call.
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(503, "{}").WithHeader("Retry-After", "20"));
        using var client = _clay.CreateClient(o => RetryTests.OnFakeClock(o, time));
        using var cts = new CancellationTokenSource();

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId, cts.Token);
        Assert.Equal(TimeSpan.FromSeconds(20), await time.NextWaitAsync(TimeSpan.FromMinutes(1)));
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task Cancelling_while_Clay_has_not_answered_ends_the_call()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(_clay.JsonCountingArrivals(200, """{"count":1}""", Timeout.InfiniteTimeSpan, Arrived));
        using var client = _clay.CreateClient();
        using var cts = new CancellationTokenSource();

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId, cts.Token);
        await _arrived.Task;
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(1, Arrivals);
    }

    [Fact]
    public async Task A_call_with_an_already_cancelled_token_sends_nothing()
    {
        using var client = _clay.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow, new CancellationToken(canceled: true)));

        Assert.Empty(_clay.Server.LogEntries);
    }

    [Fact]
    public async Task A_write_slower_than_the_attempt_timeout_times_out_without_a_retry()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost())
            .RespondWith(_clay.JsonCountingArrivals(200, """{"records":[]}""", Timeout.InfiniteTimeSpan, Arrived));
        using var client = _clay.CreateClient(o =>
        {
            RetryTests.OnFakeClock(o, time);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
        });

        var call = client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow);
        await _arrived.Task;
        time.Advance(TimeSpan.FromSeconds(5));
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        // The call has returned, so no attempt of it is still on its way: one arrival means one request.
        Assert.IsNotAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal("addRecords", ex.OperationId);
        Assert.Contains("timed out after 1 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, Arrivals);
    }

    [Fact]
    public async Task A_read_slower_than_the_attempt_timeout_is_retried_then_times_out()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(_clay.JsonCountingArrivals(200, """{"count":1}""", Timeout.InfiniteTimeSpan, Arrived));
        using var client = _clay.CreateClient(o =>
        {
            RetryTests.OnFakeClock(o, time);
            o.AttemptTimeout = TimeSpan.FromMinutes(5);
            o.MaxRetries = 1;
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await _eachArrival.WaitAsync();
        time.Advance(TimeSpan.FromMinutes(5));
        time.Advance(await time.NextWaitAsync(TimeSpan.FromMinutes(1)));
        await _eachArrival.WaitAsync();
        time.Advance(TimeSpan.FromMinutes(5));
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.Equal("countRows", ex.OperationId);
        Assert.Contains("2 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, Arrivals);
    }

    [Fact]
    public async Task A_read_slower_than_the_attempt_timeout_once_succeeds_on_the_retry()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).InScenario("slow").WillSetStateTo("fast")
            .RespondWith(_clay.JsonCountingArrivals(200, """{"count":1}""", Timeout.InfiniteTimeSpan, Arrived));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).InScenario("slow").WhenStateIs("fast")
            .RespondWith(ClayFakeServer.Json(200, """{"count":2}"""));
        using var client = _clay.CreateClient(o =>
        {
            RetryTests.OnFakeClock(o, time);
            o.AttemptTimeout = TimeSpan.FromMinutes(5);
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await _eachArrival.WaitAsync();
        time.Advance(TimeSpan.FromMinutes(5));
        time.Advance(await time.NextWaitAsync(TimeSpan.FromMinutes(1)));
        var count = await call;

        Assert.Equal(2, count.Total);
        Assert.Equal(1, Arrivals);
    }

    [Fact]
    public async Task The_total_timeout_ends_a_backoff_wait_with_a_timeout_exception()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(503, "{}").WithHeader("Retry-After", "20"));
        using var client = _clay.CreateClient(o =>
        {
            RetryTests.OnFakeClock(o, time);
            o.Timeout = TimeSpan.FromSeconds(5);
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await time.NextTimerAsync(due => due == TimeSpan.FromSeconds(20));
        time.Advance(TimeSpan.FromSeconds(5));
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.IsNotAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_login_a_call_triggers()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(_clay.JsonCountingArrivals(200, "{}", Timeout.InfiniteTimeSpan, Arrived));
        _clay.GivenCountNeedsFreshSession(1);
        using var client = _clay.CreateClientWithCredentials(o =>
        {
            RetryTests.OnFakeClock(o, time);
            o.Timeout = TimeSpan.FromSeconds(5);
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await _arrived.Task;
        time.Advance(TimeSpan.FromSeconds(5));
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.Equal("countRows", ex.OperationId);
        Assert.Equal(1, Arrivals);
    }

    [Fact]
    public async Task Cancelling_a_login_in_progress_cancels_the_call()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(_clay.JsonCountingArrivals(200, "{}", Timeout.InfiniteTimeSpan, Arrived));
        _clay.GivenCountNeedsFreshSession(1);
        using var client = _clay.CreateClientWithCredentials();
        using var cts = new CancellationTokenSource();

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId, cts.Token);
        await _arrived.Task;
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    private void Arrived()
    {
        Interlocked.Increment(ref _arrivals);
        _arrived.TrySetResult();
        _eachArrival.Release();
    }
}
