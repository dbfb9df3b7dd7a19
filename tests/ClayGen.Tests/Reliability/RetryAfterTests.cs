using WireMock.RequestBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>
/// The waits between attempts, on a fake clock: <c>Retry-After</c> in seconds or as a date is honoured
/// exactly, a date already past means the normal backoff, and the backoff never exceeds RetryMaxDelay.
/// </summary>
public sealed class RetryAfterTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, object?>[] OneRow = [new Dictionary<string, object?> { ["f_name"] = "Acme" }];

    private readonly ClayFakeServer _clay = ClayFakeServer.Start();

    public void Dispose() => _clay.Dispose();

    [Fact]
    public async Task A_read_waits_for_Retry_After_before_retrying()
    {
        var time = new RecordingTimeProvider();
        _clay.GivenSequence(ClayFakeServer.CountPath, ClayFakeServer.Json(503, "{}").WithHeader("Retry-After", "2"), ClayFakeServer.Json(200, """{"count":1}"""));
        using var client = _clay.CreateClient(o => RetryTests.OnFakeClock(o, time, baseDelay: TimeSpan.FromMilliseconds(50)));

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        var wait = await time.NextWaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
        time.Advance(wait);
        var count = await call;

        Assert.Equal(1, count.Total);
        Assert.Equal(TimeSpan.FromSeconds(2), wait);
        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task A_429_on_adding_records_waits_for_Retry_After()
    {
        var time = new RecordingTimeProvider();
        _clay.GivenSequence(ClayFakeServer.RecordsPath, ClayFakeServer.Json(429, "{}").WithHeader("Retry-After", "3"), RetryTests.SuccessFor("addRecords"));
        using var client = _clay.CreateClient(o => RetryTests.OnFakeClock(o, time));

        var call = client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow);
        var wait = await time.NextWaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.RecordsPath));
        time.Advance(wait);
        await call;

        Assert.Equal(TimeSpan.FromSeconds(3), wait);
        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.RecordsPath));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_RetryMaxDelay_is_not_waited_for_but_surfaced()
    {
        // Retrying sooner than Clay asked would not honour it; waiting an hour would hang the caller.
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(429, "{}").WithHeader("Retry-After", "3600"));
        using var client = _clay.CreateClient(o => o.RetryMaxDelay = TimeSpan.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<ClayRateLimitedException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task A_Retry_After_date_within_RetryMaxDelay_is_waited_for()
    {
        var time = new RecordingTimeProvider();
        var retryAt = time.GetUtcNow() + TimeSpan.FromSeconds(4);
        _clay.GivenSequence(
            ClayFakeServer.CountPath,
            ClayFakeServer.Json(503, "{}").WithHeader("Retry-After", retryAt.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            ClayFakeServer.Json(200, """{"count":1}"""));
        using var client = _clay.CreateClient(o => RetryTests.OnFakeClock(o, time));

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        var wait = await time.NextWaitAsync(TimeSpan.FromMinutes(1));
        time.Advance(wait);
        await call;

        Assert.Equal(TimeSpan.FromSeconds(4), wait);
    }

    [Fact]
    public async Task A_Retry_After_date_in_the_past_waits_the_normal_backoff()
    {
        // A date already past asks for no particular wait: the backoff applies, not an immediate retry.
        var time = new RecordingTimeProvider();
        var past = time.GetUtcNow() - TimeSpan.FromHours(1);
        _clay.GivenSequence(
            ClayFakeServer.CountPath,
            ClayFakeServer.Json(503, "{}").WithHeader("Retry-After", past.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            ClayFakeServer.Json(200, """{"count":1}"""));
        using var client = _clay.CreateClient(o => RetryTests.OnFakeClock(o, time, baseDelay: TimeSpan.FromSeconds(2)));

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        var backoff = time.NextWaitAsync(TimeSpan.FromMinutes(1));
        var first = await Task.WhenAny(backoff, call);

        Assert.Same(backoff, first);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
        time.Advance(await backoff);
        Assert.Equal(1, (await call).Total);
        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task The_backoff_without_Retry_After_waits_and_never_exceeds_RetryMaxDelay()
    {
        var time = new RecordingTimeProvider();
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(ClayFakeServer.Json(503, "{}"));
        using var client = _clay.CreateClient(o =>
        {
            RetryTests.OnFakeClock(o, time, baseDelay: TimeSpan.FromSeconds(1));
            o.MaxRetries = 4;
            o.RetryMaxDelay = TimeSpan.FromSeconds(1.5);
        });

        var call = client.Tables.CountRowsAsync(ClayFakeServer.TableId);
        var waits = new List<TimeSpan>();
        for (var n = 1; n <= 4; n++)
        {
            var wait = await time.NextWaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(n, _clay.CountRequests(ClayFakeServer.CountPath));
            waits.Add(wait);
            time.Advance(wait);
        }

        await Assert.ThrowsAsync<ClayServerException>(() => call);
        Assert.Equal(5, _clay.CountRequests(ClayFakeServer.CountPath));
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(1.5)));
    }
}
