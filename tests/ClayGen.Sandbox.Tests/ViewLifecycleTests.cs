using System.Net;

namespace ClayGen.Sandbox.Tests;

public class ViewLifecycleTests
{
    [Fact]
    public async Task Created_view_appears_on_the_table_and_shows_its_records()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" }]);

        var created = await api.Post($"v3/tables/{sandbox.TableId}/views", new { name = "Mine" });

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var id = created.Json["id"]!.GetValue<string>();
        Assert.StartsWith("gv_", id, StringComparison.Ordinal);
        Assert.Equal(("Mine", sandbox.TableId), (created.Json["name"]!.GetValue<string>(), created.Json["tableId"]!.GetValue<string>()));
        Assert.True(created.Json["fields"]![sandbox.FieldIds[0]]!["isVisible"]!.GetValue<bool>());
        var table = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!;
        Assert.Contains(table["views"]!.AsArray(), v => v!["id"]!.GetValue<string>() == id && v["name"]!.GetValue<string>() == "Mine");
        var records = (await api.Get($"v3/tables/{sandbox.TableId}/views/{id}/records")).Json["results"]!.AsArray();
        Assert.Equal(ids, records.Select(r => r!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Create_without_a_name_is_400()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/views", new { name = " " });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("name - Required", result.Message);
    }

    [Fact]
    public async Task Rename_changes_the_name_the_table_lists()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var renamed = await api.Patch($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}", new { name = "Everything" });
        var missing = await api.Patch($"v3/tables/{sandbox.TableId}/views/gv_nope", new { name = "X" });

        Assert.Equal("Everything", renamed.Json["name"]!.GetValue<string>());
        var views = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["views"]!.AsArray();
        Assert.Equal("Everything", views.Single(v => v!["id"]!.GetValue<string>() == sandbox.ViewId)!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Delete_removes_a_view_but_never_the_default_one()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var id = (await api.Post($"v3/tables/{sandbox.TableId}/views", new { name = "Mine" })).Json["id"]!.GetValue<string>();

        var deleted = await api.Delete($"v3/tables/{sandbox.TableId}/views/{id}", null);
        var again = await api.Delete($"v3/tables/{sandbox.TableId}/views/{id}", null);
        var defaultView = await api.Delete($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}", null);

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal(HttpStatusCode.BadRequest, defaultView.Status);
        var views = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["views"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(id, views);
        Assert.Contains(sandbox.ViewId, views);
    }

    [Fact]
    public async Task Duplicate_adds_a_copy_with_a_new_id()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var copy = await api.Post($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/duplicate", new { });

        Assert.Equal(HttpStatusCode.OK, copy.Status);
        var id = copy.Json["id"]!.GetValue<string>();
        Assert.NotEqual(sandbox.ViewId, id);
        Assert.EndsWith("(copy)", copy.Json["name"]!.GetValue<string>(), StringComparison.Ordinal);
        var views = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["views"]!.AsArray();
        Assert.Contains(views, v => v!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Post($"v3/tables/{sandbox.TableId}/views/gv_nope/duplicate", new { })).Status);
    }
}
