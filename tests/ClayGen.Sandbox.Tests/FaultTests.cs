using System.Net;
using ClayGen.TestSupport;

namespace ClayGen.Sandbox.Tests;

public class FaultTests
{
    [Fact]
    public async Task FailNext_fails_that_many_requests_without_side_effects()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var body = new { records = new[] { new { cells = new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" } } } };
        var path = $"v3/tables/{sandbox.TableId}/records";

        sandbox.Faults.FailNext(2, 503);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Post(path, body)).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Post(path, body)).Status);
        Assert.Equal(0, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal(HttpStatusCode.OK, (await api.Post(path, body)).Status);
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal([503, 503, 200], sandbox.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Faults_apply_before_authentication()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox) { Session = null };

        sandbox.Faults.FailNext(1, 502);

        Assert.Equal(HttpStatusCode.BadGateway, (await api.Get("v3/me")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Get("v3/me")).Status);
    }

    [Theory]
    [InlineData(null, "1")]
    [InlineData(2.5, "3")]
    public async Task Too_many_requests_carries_retry_after_seconds(double? seconds, string expected)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        sandbox.Faults.FailNext(1, 429, seconds is null ? null : TimeSpan.FromSeconds(seconds.Value));
        var result = await api.Get("v3/my-workspaces");

        Assert.Equal(HttpStatusCode.TooManyRequests, result.Status);
        Assert.Equal(expected, Assert.Single(result.Headers.GetValues("Retry-After")));
        Assert.Equal(HttpStatusCode.OK, (await api.Get("v3/my-workspaces")).Status);
    }

    [Fact]
    public async Task Planned_failures_queue_up()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        sandbox.Faults.FailNext(1, 429);
        sandbox.Faults.FailNext(1, 500);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await api.Get("v3")).Status);
        Assert.Equal(HttpStatusCode.InternalServerError, (await api.Get("v3")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.Get("v3")).Status);
    }

    [Fact]
    public async Task FailWhen_fails_only_matching_requests_with_its_message_until_reset()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/tables/{sandbox.TableId}/records";
        object Row(string name) => new { records = new[] { new { cells = new Dictionary<string, object?> { [sandbox.FieldIds[0]] = name } } } };

        sandbox.Faults.FailWhen(r => r.Method == "POST" && r.Body?.Contains("Globex", StringComparison.Ordinal) == true, 400, "Invalid domain");

        Assert.Equal(HttpStatusCode.OK, (await api.Post(path, Row("Acme"))).Status);
        var rejected = await api.Post(path, Row("Globex"));
        Assert.Equal(HttpStatusCode.BadRequest, rejected.Status);
        Assert.Equal("Invalid domain", rejected.Message);
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));

        sandbox.Faults.Reset();
        Assert.Equal(HttpStatusCode.OK, (await api.Post(path, Row("Globex"))).Status);
        Assert.Equal(2, sandbox.TotalRecordCount(sandbox.TableId));
    }

    [Fact]
    public async Task Random_failure_rate_is_seeded_and_reset_clears_it()
    {
        async Task<List<HttpStatusCode>> Run()
        {
            await using var sandbox = await ClaySandbox.StartAsync(new ClaySandboxOptions { Seed = 123 });
            using var api = new SandboxApi(sandbox);
            sandbox.Faults.RandomFailureRate = 0.5;
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 40; i++)
            {
                statuses.Add((await api.Get("v3")).Status);
            }

            sandbox.Faults.Reset();
            statuses.Add((await api.Get("v3")).Status);
            return statuses;
        }

        var first = await Run();
        var second = await Run();

        Assert.Equal(first, second);
        Assert.InRange(first.Take(40).Count(s => s == HttpStatusCode.ServiceUnavailable), 8, 32);
        Assert.Equal(HttpStatusCode.OK, first[^1]);
    }

    [Fact]
    public async Task Latency_delays_responses_by_the_configured_and_the_fault_latency_on_the_sandbox_clock()
    {
        // Both latencies add up to one wait on the sandbox's clock: the response comes only once the clock
        // has moved by all of it, and not a tick earlier.
        var clock = new TimerWatchingClock(TimeSpan.FromMilliseconds(300));
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock, Latency = TimeSpan.FromMilliseconds(150) });
        using var api = new SandboxApi(sandbox);
        sandbox.Faults.Latency = TimeSpan.FromMilliseconds(150);

        var call = api.Get("v3");
        // A response that ignored the clock would come first (and the wait on the clock would never begin).
        var first = await Task.WhenAny(clock.Created, call);
        Assert.Same(clock.Created, first);
        clock.Advance(TimeSpan.FromMilliseconds(300) - TimeSpan.FromTicks(1));
        var earlyCompleted = call.IsCompleted;
        clock.Advance(TimeSpan.FromTicks(1));
        var result = await call;

        Assert.False(earlyCompleted);
        Assert.Equal(HttpStatusCode.OK, result.Status);
    }
}
