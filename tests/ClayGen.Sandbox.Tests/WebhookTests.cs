using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Sandbox.Tests;

public class WebhookTests
{
    [Fact]
    public async Task Create_get_and_update_a_webhook_source()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var created = await api.Post("v3/sources", new { workspaceId = sandbox.WorkspaceId, tableId = sandbox.TableId, name = "Signups", type = "webhook", typeSettings = new { } });
        var id = created.Json["id"]!.GetValue<string>();
        var updated = await api.Patch($"v3/sources/{id}", new { name = "Form signups", typeSettings = new { iconType = "Form" } });
        var read = await api.Get($"v3/sources/{id}");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.StartsWith("s_", id, StringComparison.Ordinal);
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(sandbox.BaseAddress + "v3/sources/webhook/pull-in-data-from-a-webhook-") + "[0-9a-f-]{36}$", created.Json["webhookUrl"]!.GetValue<string>());
        var dataFieldId = created.Json["dataFieldId"]!.GetValue<string>();
        Assert.Equal(dataFieldId, created.Json["sourceSubscriptions"]![0]!["fieldId"]!.GetValue<string>());
        Assert.False(created.Json["typeSettings"]!["hasAuth"]!.GetValue<bool>());
        Assert.Equal(0, created.Json["state"]!["numSourceRecords"]!.GetValue<int>());
        Assert.Equal("Form signups", updated.Json["name"]!.GetValue<string>());
        Assert.Equal(("Form signups", "Form"), (read.Json["name"]!.GetValue<string>(), read.Json["typeSettings"]!["iconType"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/sources/s_nope")).Status);
    }

    [Theory]
    [InlineData("{\"workspaceId\": 712043, \"name\": \"W\", \"type\": \"webhook\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"workspaceId\": 712043, \"tableId\": \"t_nope\", \"name\": \"W\", \"type\": \"webhook\"}", HttpStatusCode.NotFound)]
    [InlineData("{\"workspaceId\": 712043, \"tableId\": \"TABLE\", \"type\": \"webhook\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"workspaceId\": 712043, \"tableId\": \"TABLE\", \"name\": \"W\", \"type\": \"ftp\"}", HttpStatusCode.BadRequest)]
    public async Task Create_source_with_bad_input_is_refused(string body, HttpStatusCode status)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post("v3/sources", body.Replace("TABLE", sandbox.TableId, StringComparison.Ordinal));

        Assert.Equal(status, result.Status);
    }

    [Fact]
    public async Task Ingestion_adds_one_row_per_post_matching_keys_to_field_names()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var (id, url) = await CreateWebhook(api);

        using var anonymous = new HttpClient(sandbox.CreateHandler());
        using var posted = await Send(anonymous, url, """{"Domain": "acme.com", "Company Name": "Acme", "unknown": 1}""");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var source = (await api.Get($"v3/sources/{id}")).Json;
        Assert.Equal(1, source["state"]!["numSourceRecords"]!.GetValue<int>());
        var record = (await api.Get($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records")).Json["results"]![0]!;
        Assert.Equal("acme.com", record["cells"]![sandbox.FieldIds[1]]!["value"]!.GetValue<string>());
        Assert.Equal("Acme", record["cells"]![sandbox.FieldIds[0]]!["value"]!.GetValue<string>());
        Assert.Equal(1, record["cells"]![source["dataFieldId"]!.GetValue<string>()]!["value"]!["unknown"]!.GetValue<int>());
        var fields = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["fields"]!.AsArray();
        Assert.DoesNotContain(fields, f => f!["name"]!.GetValue<string>() == "unknown");
    }

    [Fact]
    public async Task An_auth_token_is_then_required_in_x_clay_webhook_auth()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var (id, url) = await CreateWebhook(api);

        var token = (await api.Post($"v3/sources/webhook/auth-token/{id}", new { })).Json["token"]!.GetValue<string>();
        using var anonymous = new HttpClient(sandbox.CreateHandler());
        using var without = await Send(anonymous, url, "{}");
        using var wrong = await Send(anonymous, url, "{}", "wrong");
        using var right = await Send(anonymous, url, "{}", token);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (without.StatusCode, wrong.StatusCode, right.StatusCode));
        Assert.True((await api.Get($"v3/sources/{id}")).Json["typeSettings"]!["hasAuth"]!.GetValue<bool>());
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));
    }

    [Fact]
    public async Task Ingestion_past_the_burst_is_429_with_retry_after_until_the_clock_refills()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock, WebhookRecordsPerSecond = 10, WebhookBurst = 20 });
        using var api = new SandboxApi(sandbox);
        var (_, url) = await CreateWebhook(api);
        using var anonymous = new HttpClient(sandbox.CreateHandler());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var accepted = await Send(anonymous, url, "{}");
            statuses.Add(accepted.StatusCode);
        }

        using var limited = await Send(anonymous, url, "{}");
        clock.Advance(TimeSpan.FromMilliseconds(100));
        using var refilled = await Send(anonymous, url, "{}");
        using var limitedAgain = await Send(anonymous, url, "{}");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedAgain.StatusCode);
        Assert.Equal(21, sandbox.TotalRecordCount(sandbox.TableId));
    }

    private static async Task<(string Id, Uri Url)> CreateWebhook(SandboxApi api)
    {
        var created = await api.Post("v3/sources", new { workspaceId = api.Sandbox.WorkspaceId, tableId = api.Sandbox.TableId, name = "Webhook", type = "webhook" });
        Assert.Equal(HttpStatusCode.OK, created.Status);
        return (created.Json["id"]!.GetValue<string>(), new Uri(created.Json["webhookUrl"]!.GetValue<string>()));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, Uri url, string json, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Add("x-clay-webhook-auth", token);
        }

        return await http.SendAsync(request);
    }
}
