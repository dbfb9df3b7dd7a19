using ClayGen.Sandbox;
using Newtonsoft.Json.Linq;

namespace ClayGen.Tests.Lifecycle;

public sealed class WebhookSendTests
{
    [Fact]
    public async Task Rows_arrive_one_per_request_paced_after_the_burst_and_without_credentials()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, url) = await WebhookTableAsync(lab);
        var rows = Enumerable.Range(1, 30).Select(i => (object)new JObject { ["Company"] = $"Company {i}" });

        var result = await lab.Clay.Sources.SendToWebhookAsync(url, rows, new WebhookSendOptions { TimeProvider = lab.Clock });

        Assert.True(result.AllSent, string.Join("; ", result.Failures));
        Assert.Equal(30, result.Sent);
        Assert.Equal(30, lab.Sandbox.TotalRecordCount(table));

        // 20 at once, then 10 more at 10 a second.
        Assert.Equal(TimeSpan.FromSeconds(1), lab.Clock.Waited);
        Assert.All(lab.Wire.Requests.Where(r => r.Path.Contains("/webhook/", StringComparison.Ordinal)), r => Assert.Null(r.Cookie));
    }

    [Fact]
    public async Task A_429_is_waited_out_and_the_row_sent_again_never_dropped()
    {
        // The sandbox takes 2 a second; the client is told it may send 10.
        await using var lab = await LifecycleSandbox.StartAsync(o => new ClaySandboxOptions { TimeProvider = o.TimeProvider, WebhookRecordsPerSecond = 2, WebhookBurst = 2 }, maxRetries: 0);
        var (table, url) = await WebhookTableAsync(lab);
        var rows = Enumerable.Range(1, 6).Select(i => (object)new JObject { ["Company"] = $"Company {i}" });

        var result = await lab.Clay.Sources.SendToWebhookAsync(url, rows, new WebhookSendOptions { TimeProvider = lab.Clock });

        Assert.True(result.AllSent, string.Join("; ", result.Failures));
        Assert.Equal(6, lab.Sandbox.TotalRecordCount(table));
        Assert.Contains(lab.Sandbox.Requests, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task Rows_that_are_not_objects_or_too_large_are_reported_and_the_rest_sent()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, url) = await WebhookTableAsync(lab);
        object[] rows = [new JObject { ["Company"] = "Acme" }, "[1,2]", new JObject { ["Company"] = new string('x', ClayLimits.MaxWebhookPayloadBytes) }, """{"Company":"Globex"}"""];

        var result = await lab.Clay.Sources.SendToWebhookAsync(url, rows, new WebhookSendOptions { TimeProvider = lab.Clock });

        Assert.Equal(2, result.Sent);
        Assert.Equal([(1L, WebhookRowOutcome.Rejected), (2L, WebhookRowOutcome.Rejected)], result.Failures.Select(f => (f.Index, f.Outcome)));
        Assert.Equal(2, lab.Sandbox.TotalRecordCount(table));
    }

    [Fact]
    public async Task A_webhook_that_does_not_exist_stops_the_send_after_one_row()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var url = new Uri(lab.Sandbox.BaseAddress, "v3/sources/webhook/pull-in-data-from-a-webhook-00000000-0000-0000-0000-000000000000");

        var result = await lab.Clay.Sources.SendToWebhookAsync(url, [new JObject { ["a"] = 1 }, new JObject { ["a"] = 2 }], new WebhookSendOptions { TimeProvider = lab.Clock });

        Assert.Equal(0, result.Sent);
        Assert.Equal(WebhookRowOutcome.Refused, Assert.Single(result.Failures).Outcome);
        Assert.NotNull(result.StoppedBecause);
    }

    [Theory]
    [InlineData("https://elsewhere.example/v3/sources/webhook/pull-in-data-from-a-webhook-1234")]
    [InlineData("http://localhost/v3/tables/t_1/records")]
    [InlineData("http://localhost/v3/sources/webhook/pull-in-data-from-a-webhook-../../tables")]
    [InlineData("http://localhost/v3/sources/webhook/pull-in-data-from-a-webhook-1234?x=1")]
    public async Task A_url_that_is_not_this_clays_ingestion_route_is_refused_before_sending(string url)
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var before = lab.Sandbox.RequestCount;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => lab.Clay.Sources.SendToWebhookAsync(new Uri(url), [new JObject()]));

        Assert.Equal("webhookUrl", error.ParamName);
        Assert.Equal(before, lab.Sandbox.RequestCount);
    }

    private static async Task<(string Table, Uri Url)> WebhookTableAsync(LifecycleSandbox lab)
    {
        var table = await lab.Clay.Tables.CreateTableAsync(lab.Sandbox.WorkspaceId, "Inbound");
        await lab.Clay.Fields.CreateFieldAsync(table.Id, FieldDefinitions.Plain("Company", viewId: table.DefaultViewId));
        var source = await lab.Clay.Sources.CreateSourceAsync(new CreateSourceRequest { WorkspaceId = lab.Sandbox.WorkspaceId, TableId = table.Id, Name = "Form", Type = "webhook" });
        return (table.Id, new Uri(source.Source!.WebhookUrl!));
    }
}
