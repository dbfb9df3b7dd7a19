namespace ClayGen.Tests.Reliability;

/// <summary>
/// <see cref="ClayClientOptions.Timeout"/> bounds the whole call, the body included: a body that keeps
/// coming (never idle long enough for the idle timeout) still stops at the total timeout. The test sends
/// the body piece by piece and moves a fake clock between pieces, so no real time is measured.
/// </summary>
public sealed class TotalTimeoutTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Total = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_buffered_body_that_keeps_coming_stops_at_the_total_timeout_with_a_timeout_exception()
    {
        var time = new TimerWatchingClock(Total);
        var body = "{\"tableTotalRecordsCount\": 77, \"pad\": \"" + new string('x', 400) + "\"}";
        await using var server = new RawHttpServer(_ => RawAction.TrickleBody, body);
        using var client = Client(server.BaseAddress, time);

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        await TrickleUntilTheTotalTimeoutAsync(server, time, call);
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.Equal("countRows", ex.OperationId);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_streamed_body_that_keeps_coming_stops_at_the_total_timeout_with_a_timeout_exception()
    {
        var time = new TimerWatchingClock(Total);
        var ids = string.Join(",", Enumerable.Range(0, 150).Select(i => $"\"r_{i:D8}\""));
        await using var server = new RawHttpServer(_ => RawAction.TrickleBody, "{\"results\":[" + ids + "]}");
        using var client = Client(server.BaseAddress, time);

        var call = ReadAllAsync(client);
        await TrickleUntilTheTotalTimeoutAsync(server, time, call);
        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);

        Assert.Equal("listRecordIds", ex.OperationId);
        Assert.Contains("total timeout", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A piece of the body every <see cref="Step"/> on the fake clock: just before the total timeout the
    /// call still waits for the body; at the total timeout it ends. The rest of the body is offered once
    /// the total timeout's timer has fired, so a call the timeout did not end would succeed (and fail the
    /// test) instead of hanging. <c>Advance</c> may leave the timer to another thread that is firing the
    /// clock's timers at that moment, so the test waits for the timer itself, not for <c>Advance</c>.
    /// </summary>
    private static async Task TrickleUntilTheTotalTimeoutAsync(RawHttpServer server, TimerWatchingClock time, Task call)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < Total - Step; elapsed += Step)
        {
            await server.SendPieceAsync();
            time.Advance(Step);
        }

        Assert.True(time.Created.IsCompleted, "the call never set a timer for its total timeout");
        Assert.False(call.IsCompleted, $"the call ended before the total timeout: {call.Exception?.InnerException}");
        await server.SendPieceAsync();
        time.Advance(Step);
        await time.Fired;
        server.SendRest();
    }

    private static async Task ReadAllAsync(ClayClient client)
    {
        await foreach (var _ in client.Tables.StreamRecordIdsAsync(ClayFakeServer.TableId, ClayFakeServer.ViewId))
        {
        }
    }

    private static ClayClient Client(Uri baseAddress, TimeProvider time) => new(new ClayClientOptions
    {
        BaseAddress = baseAddress,
        Session = TestClients.Session,
        TimeProvider = time,

        // The attempt and idle timeouts never fire: only the total timeout can end these calls early.
        AttemptTimeout = TimeSpan.FromMinutes(5),
        Timeout = Total,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(10),
    });
}
