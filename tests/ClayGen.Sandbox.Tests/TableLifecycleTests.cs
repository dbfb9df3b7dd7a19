using System.Net;

namespace ClayGen.Sandbox.Tests;

public class TableLifecycleTests
{
    [Fact]
    public async Task Create_table_without_workbook_makes_one_with_default_views()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var created = await api.Post("v3/tables", new { workspaceId = sandbox.WorkspaceId, name = "Leads", type = "people" });

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var table = created.Json["table"]!;
        Assert.StartsWith("t_", table["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Leads", table["name"]!.GetValue<string>());
        Assert.Equal(sandbox.WorkspaceId, table["workspaceId"]!.GetValue<int>());
        Assert.Equal(["Default view", "All rows"], table["views"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()));
        Assert.Equal(table["views"]![0]!["id"]!.GetValue<string>(), table["firstViewId"]!.GetValue<string>());
        Assert.Equal(2, table["gridViews"]!.AsArray().Count);
        Assert.Empty(table["fields"]!.AsArray());
        var workbookId = table["workbookId"]!.GetValue<string>();
        var workbookTables = (await api.Get($"v3/workbooks/{workbookId}/tables")).Json.AsArray();
        var listed = Assert.Single(workbookTables)!;
        Assert.Equal(("Leads", "people", workbookId), (listed["name"]!.GetValue<string>(), listed["type"]!.GetValue<string>(), listed["workbookId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Create_table_in_a_workbook_appears_in_the_workspace_listings()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var workbook = (await api.Post("v3/workbooks", new { name = "Q3", workspaceId = sandbox.WorkspaceId })).Json["id"]!.GetValue<string>();

        var created = await api.Post("v3/tables", new { workspaceId = sandbox.WorkspaceId.ToString(System.Globalization.CultureInfo.InvariantCulture), workbookId = workbook, name = "Accounts", type = "company", template = "no_views" });

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Null(created.Json["table"]!["firstViewId"]);
        var tables = (await api.Get($"v3/workspaces/{api.Ws}/tables")).Json["results"]!.AsArray();
        Assert.Contains(tables, t => t!["name"]!.GetValue<string>() == "Accounts" && t["workbookId"]!.GetValue<string>() == workbook && t["type"]!.GetValue<string>() == "company");
        var workbooks = (await api.Get($"v3/workspaces/{api.Ws}/workbooks")).Json.AsArray();
        Assert.Contains(workbooks, w => w!["id"]!.GetValue<string>() == workbook && w["name"]!.GetValue<string>() == "Q3");
    }

    [Theory]
    [InlineData("{\"workspaceId\": 712043, \"type\": \"spreadsheet\"}", "name - Required")]
    [InlineData("{\"workspaceId\": 712043, \"name\": \"x\"}", "type - Required")]
    [InlineData("{\"workspaceId\": 712043, \"name\": \"x\", \"type\": \"sheet\"}", "type - Invalid enum value")]
    [InlineData("{\"workspaceId\": 712043, \"name\": \"x\", \"type\": \"spreadsheet\", \"workbookId\": \"wb_nope\"}", "workbookId - Workbook not found")]
    public async Task Create_table_with_bad_input_is_400(string body, string message)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post("v3/tables", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_table_returns_it_with_deletedAt_and_then_it_is_gone()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var deleted = await api.Delete($"v3/tables/{sandbox.TableId}", null);

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(sandbox.TableId, deleted.Json["id"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(deleted.Json["deletedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/tables/{sandbox.TableId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Delete($"v3/tables/{sandbox.TableId}", null)).Status);
        var tables = (await api.Get($"v3/workspaces/{api.Ws}/tables")).Json["results"]!.AsArray();
        Assert.DoesNotContain(tables, t => t!["id"]!.GetValue<string>() == sandbox.TableId);
    }

    [Fact]
    public async Task Unknown_workbook_tables_is_404()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/workbooks/wb_nope/tables")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/workspaces/1/workbooks")).Status);
    }
}
