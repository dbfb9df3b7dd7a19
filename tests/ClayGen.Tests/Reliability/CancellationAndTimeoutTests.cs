using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>Every call honours its token promptly, backoff included; a timeout is a <see cref="ClayTimeoutException"/>, not a cancellation.</summary>
public sealed class CancellationAndTimeoutTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, object?>[] OneRow = [new Dictionary<string, object?> { ["f_name"] = "Acme" }];

    private readonly ClayFakeServer _clay = ClayFakeServer.Start();
    private int _arrivals;

    private int Arrivals => Volatile.Read(ref _arrivals);

    public void Dispose() => _clay.Dispose();

    private void Arrived() => Interlocked.Increment(ref _arrivals);

    [Fact]
    public async Task Cancelling_during_a_backoff_wait_ends_the_call_at_once()
    {
        // On a fake clock the backoff would never end by itself: only the cancellation can end the call.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(503, "{}").WithHeader("Retry-After", "20"));
        using var client = _clay.CreateClient(o =>
        {
            o.TimeProvider = time;
            o.RetryMaxDelay = TimeSpan.FromSeconds(30);
        });
        using var cts = new CancellationTokenSource();

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId, cts.Token);
        await Eventually.TrueAsync(() => _clay.CountRequests(ClayFakeServer.CountPath) == 1, "the first request arrives");
        await Task.Delay(50);
        var watch = Stopwatch.StartNew();
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"cancellation took {watch.Elapsed}");
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task Cancelling_while_Clay_is_slow_to_answer_ends_the_call_at_once()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(_clay.JsonCountingArrivals(200, """{"count":1}""", TimeSpan.FromSeconds(3), Arrived));
        using var client = _clay.CreateClient();
        using var cts = new CancellationTokenSource();

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId, cts.Token);
        await Eventually.TrueAsync(() => Arrivals == 1, "the request arrives");
        var watch = Stopwatch.StartNew();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"cancellation took {watch.Elapsed}");
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
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost())
            .RespondWith(_clay.JsonCountingArrivals(200, """{"records":[]}""", TimeSpan.FromSeconds(3), Arrived));
        using var client = _clay.CreateClient(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(200));

        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow));

        Assert.IsNotAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal("addRecords", ex.OperationId);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal(1, Arrivals);
    }

    [Fact]
    public async Task A_read_slower_than_the_attempt_timeout_is_retried_then_times_out()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(_clay.JsonCountingArrivals(200, """{"count":1}""", TimeSpan.FromSeconds(3), Arrived));
        using var client = _clay.CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(150);
            o.MaxRetries = 1;
        });

        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal("countRows", ex.OperationId);
        Assert.Contains("2 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, Arrivals);
    }

    [Fact]
    public async Task A_read_slower_than_the_attempt_timeout_once_succeeds_on_the_retry()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).InScenario("slow").WillSetStateTo("fast")
            .RespondWith(_clay.JsonCountingArrivals(200, """{"count":1}""", TimeSpan.FromSeconds(3)));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).InScenario("slow").WhenStateIs("fast")
            .RespondWith(ClayFakeServer.Json(200, """{"count":2}"""));
        using var client = _clay.CreateClient(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(200));

        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(2, count.Total);
    }

    [Fact]
    public async Task The_total_timeout_ends_a_backoff_wait_with_a_timeout_exception()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(503, "{}").WithHeader("Retry-After", "20"));
        using var client = _clay.CreateClient(o =>
        {
            o.TimeProvider = time;
            o.RetryMaxDelay = TimeSpan.FromSeconds(30);
            o.Timeout = TimeSpan.FromSeconds(5);
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await Eventually.TrueAsync(() => _clay.CountRequests(ClayFakeServer.CountPath) == 1, "the first request arrives");
        await RetryTests.AdvanceUntilAsync(time, () => call.IsCompleted, TimeSpan.FromSeconds(8));
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.IsNotAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task Cancelling_a_login_in_progress_cancels_the_call()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost())
            .RespondWith(_clay.JsonCountingArrivals(200, "{}", TimeSpan.FromSeconds(3), Arrived));
        _clay.GivenCountNeedsFreshSession(1);
        using var client = _clay.CreateClientWithCredentials();
        using var cts = new CancellationTokenSource();

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId, cts.Token);
        await Eventually.TrueAsync(() => Arrivals == 1, "the login starts");
        var watch = Stopwatch.StartNew();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"cancellation took {watch.Elapsed}");
    }
}
