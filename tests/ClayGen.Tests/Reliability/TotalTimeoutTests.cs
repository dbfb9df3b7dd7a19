namespace ClayGen.Tests.Reliability;

/// <summary>
/// <see cref="ClayClientOptions.Timeout"/> bounds the whole call, the body included: a body that keeps
/// trickling in (never idle long enough for the idle timeout) still stops at the total timeout.
/// </summary>
public sealed class TotalTimeoutTests
{
    // 8 bytes every 50 ms: the body below takes more than 10 s to arrive, ten times the total timeout.
    private static readonly TimeSpan Trickle = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Total = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_buffered_body_that_trickles_stops_at_the_total_timeout_with_a_timeout_exception()
    {
        var body = "{\"tableTotalRecordsCount\": 77, \"pad\": \"" + new string('x', 1700) + "\"}";
        await using var server = new RawHttpServer(_ => RawAction.TrickleBody, body) { TrickleInterval = Trickle };
        using var client = Client(server.BaseAddress);

        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal("countRows", ex.OperationId);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_streamed_body_that_trickles_stops_at_the_total_timeout_with_a_timeout_exception()
    {
        var ids = string.Join(",", Enumerable.Range(0, 150).Select(i => $"\"r_{i:D8}\""));
        await using var server = new RawHttpServer(_ => RawAction.TrickleBody, "{\"results\":[" + ids + "]}") { TrickleInterval = Trickle };
        using var client = Client(server.BaseAddress);
        var read = 0;

        var ex = await Assert.ThrowsAsync<ClayTimeoutException>(async () =>
        {
            await foreach (var _ in client.Tables.StreamRecordIdsAsync(ClayFakeServer.TableId, ClayFakeServer.ViewId))
            {
                read++;
            }
        });

        Assert.Equal("listRecordIds", ex.OperationId);
        Assert.Contains("total timeout", ex.Message, StringComparison.Ordinal);
        Assert.InRange(read, 0, 149);
    }

    private static ClayClient Client(Uri baseAddress) => new(new ClayClientOptions
    {
        BaseAddress = baseAddress,
        Session = Infrastructure.TestClients.Session,

        // The attempt and idle timeouts never fire: only the total timeout can end these calls early.
        AttemptTimeout = TimeSpan.FromMinutes(5),
        Timeout = Total,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(10),
    });
}
