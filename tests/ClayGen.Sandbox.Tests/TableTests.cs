using System.Net;

namespace ClayGen.Sandbox.Tests;

public class TableTests
{
    [Fact]
    public async Task Get_table_returns_fields_views_and_first_view()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var table = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!;

        Assert.Equal(sandbox.TableId, table["id"]!.GetValue<string>());
        Assert.Equal("Companies", table["name"]!.GetValue<string>());
        Assert.Equal(sandbox.WorkspaceId, table["workspaceId"]!.GetValue<int>());
        Assert.StartsWith("wb_", table["workbookId"]!.GetValue<string>(), StringComparison.Ordinal);
        var fields = table["fields"]!.AsArray();
        Assert.Equal(sandbox.FieldIds, fields.Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal(["text", "text", "number", "action"], fields.Select(f => f!["type"]!.GetValue<string>()));
        var views = table["views"]!.AsArray();
        Assert.Equal(["Default view", "All rows"], views.Select(v => v!["name"]!.GetValue<string>()));
        Assert.Equal(sandbox.ViewId, views[0]!["id"]!.GetValue<string>());
        Assert.Equal(sandbox.ViewId, table["firstViewId"]!.GetValue<string>());
        Assert.StartsWith("gv_", sandbox.ViewId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_name_renames_the_table()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Patch($"v3/tables/{sandbox.TableId}", new { name = "Accounts" });

        Assert.Equal("Accounts", result.Json["table"]!["name"]!.GetValue<string>());
        Assert.Equal("Accounts", (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Same_seed_gives_same_ids()
    {
        await using var first = await ClaySandbox.StartAsync(new ClaySandboxOptions { Seed = 7 });
        await using var second = await ClaySandbox.StartAsync(new ClaySandboxOptions { Seed = 7 });
        await using var other = await ClaySandbox.StartAsync(new ClaySandboxOptions { Seed = 8 });

        Assert.Equal(first.TableId, second.TableId);
        Assert.Equal(first.FieldIds, second.FieldIds);
        Assert.NotEqual(first.TableId, other.TableId);
    }

    [Fact]
    public async Task TotalRecordCount_of_unknown_table_throws()
    {
        await using var sandbox = await ClaySandbox.StartAsync();

        Assert.Throws<KeyNotFoundException>(() => sandbox.TotalRecordCount("t_nope"));
    }
}
