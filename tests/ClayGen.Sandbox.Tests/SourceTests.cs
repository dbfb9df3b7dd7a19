using System.Net;
using System.Text.RegularExpressions;

namespace ClayGen.Sandbox.Tests;

public class SourceTests
{
    [Fact]
    public async Task Add_list_ingest_and_delete_a_webhook_source()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var added = await api.Patch($"v3/tables/{sandbox.TableId}", new
        {
            sourceSettings = new { addSource = new { name = "Webhook", source = new { name = "Signups", workspaceId = 712043, type = "webhook", typeSettings = new { } } } },
        });

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal(sandbox.TableId, added.Json["table"]!["id"]!.GetValue<string>());
        var source = added.Json["source"]!;
        var sourceId = source["id"]!.GetValue<string>();
        Assert.StartsWith("s_", sourceId, StringComparison.Ordinal);
        Assert.Equal("Signups", source["name"]!.GetValue<string>());
        var webhookUrl = source["webhookUrl"]!.GetValue<string>();
        Assert.Matches(new Regex("^" + Regex.Escape(sandbox.BaseAddress + "v3/sources/webhook/pull-in-data-from-a-webhook-") + "[0-9a-f-]{36}$"), webhookUrl);

        var listed = (await api.Get($"v3/sources?tableId={sandbox.TableId}")).Json.AsArray();
        var item = Assert.Single(listed)!;
        Assert.Equal(sourceId, item["id"]!.GetValue<string>());
        Assert.Equal("webhook", item["type"]!.GetValue<string>());
        Assert.NotNull(item["typeSettings"]);
        Assert.Equal(source["dataFieldId"]!.GetValue<string>(), item["dataFieldId"]!.GetValue<string>());

        using var anonymous = new HttpClient();
        using var payload = new StringContent("{\"email\":\"lead@example.com\"}", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync(new Uri(webhookUrl), payload)).StatusCode);
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));

        Assert.Equal(HttpStatusCode.OK, (await api.Delete($"v3/sources/{sourceId}", new { deleteRecords = true })).Status);
        Assert.Empty((await api.Get($"v3/sources?tableId={sandbox.TableId}")).Json.AsArray());
        Assert.Equal(0, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Delete($"v3/sources/{sourceId}", new { deleteRecords = false })).Status);
    }

    [Fact]
    public async Task Workspace_listing_includes_the_seeded_source()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var listed = (await api.Get($"v3/sources?workspaceId={api.Ws}")).Json.AsArray();

        var seeded = Assert.Single(listed)!;
        Assert.Equal("Website form", seeded["name"]!.GetValue<string>());
        Assert.NotEqual(sandbox.TableId, seeded["tableId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Get("v3/sources")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/sources?tableId=t_nope")).Status);
    }
}
