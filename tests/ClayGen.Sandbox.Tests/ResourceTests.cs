using System.Net;

namespace ClayGen.Sandbox.Tests;

public class ResourceTests
{
    // Seeded tree: "Lead Enrichment" (workbook, owner) > "Companies"; "GTM Campaigns" (folder, owner) >
    // "Archive 2024" (workbook, member) > "Old Leads"; "Inbound Webhook Leads" (stand-alone table, member).
    [Fact]
    public async Task Top_level_listing_excludes_nested_resources_and_tables_in_workbooks()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var names = await api.Names(new { parentResource = (object?)null, filters = new { }, isGlobalSearch = false });

        Assert.Equal(["Lead Enrichment", "GTM Campaigns", "Inbound Webhook Leads"], names);
    }

    [Fact]
    public async Task Created_folder_and_workbook_appear_with_their_shape()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var folder = await api.Post($"v3/workspaces/{api.Ws}/folders", new { name = "Q3 Outbound" });
        Assert.Equal(HttpStatusCode.OK, folder.Status);
        var folderId = folder.Json["id"]!.GetValue<string>();
        Assert.StartsWith("f_", folderId, StringComparison.Ordinal);
        Assert.Null(folder.Json["parentFolderId"]);
        Assert.Equal(712043, folder.Json["workspaceId"]!.GetValue<int>());
        Assert.NotNull(folder.Json["createdAt"]);

        var workbook = await api.Post("v3/workbooks", new { name = "Scoring", workspaceId = "712043", settings = new { isAutoRun = true }, parentFolderId = folderId });
        Assert.Equal(HttpStatusCode.OK, workbook.Status);
        Assert.StartsWith("wb_", workbook.Json["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(folderId, workbook.Json["parentFolderId"]!.GetValue<string>());
        Assert.True(workbook.Json["settings"]!["isAutoRun"]!.GetValue<bool>());

        var topLevel = await api.Names(new { parentResource = (object?)null, filters = new { } });
        Assert.Contains("Q3 Outbound", topLevel);
        Assert.DoesNotContain("Scoring", topLevel);

        var children = await api.Post($"v3/workspaces/{api.Ws}/resources_v2/", new { parentResource = new { id = folderId }, filters = new { } });
        var child = Assert.Single(children.Json["resources"]!.AsArray())!;
        Assert.Equal("Scoring", child["name"]!.GetValue<string>());
        Assert.Equal("WORKBOOK", child["resourceType"]!.GetValue<string>());
        Assert.Equal(folderId, child["parentFolderId"]!.GetValue<string>());
        Assert.Equal(sandbox.UserId, child["ownerId"]!.GetValue<int>());
    }

    [Fact]
    public async Task Parent_resource_may_be_a_plain_id_string()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var folderId = await FolderId(api, "GTM Campaigns");

        Assert.Equal(["Archive 2024"], await api.Names(new { parentResource = folderId }));
    }

    [Fact]
    public async Task Resource_type_filter_works_nested_and_top_level()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Equal(["Lead Enrichment"], await api.Names(new { filters = new { resourceTypes = new[] { "WORKBOOK" } } }));
        Assert.Equal(["GTM Campaigns"], await api.Names(new { resourceTypes = new[] { "FOLDER" } }));
        Assert.Equal(["Inbound Webhook Leads"], await api.Names(new { filters = new { resourceTypes = new[] { "TABLE" } } }));
    }

    [Fact]
    public async Task Global_search_returns_whole_tree_and_honours_filters()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var all = await api.Names(new { filters = new { }, isGlobalSearch = true });
        Assert.Equal(["Lead Enrichment", "Companies", "GTM Campaigns", "Archive 2024", "Old Leads", "Inbound Webhook Leads"], all);

        var tables = await api.Names(new { filters = new { resourceTypes = new[] { "TABLE" } }, isGlobalSearch = true });
        Assert.Equal(["Companies", "Old Leads", "Inbound Webhook Leads"], tables);
    }

    [Fact]
    public async Task Owner_filter_selects_the_users_resources()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var mine = await api.Names(new { filters = new { ownerIds = new[] { sandbox.UserId } }, isGlobalSearch = true });
        Assert.Equal(["Lead Enrichment", "Companies", "GTM Campaigns"], mine);

        var member = await api.Names(new { parentResource = (object?)null, filters = new { ownerIds = new[] { 4516 } } });
        Assert.Equal(["Inbound Webhook Leads"], member);
    }

    [Fact]
    public async Task Q_filter_is_case_insensitive_name_contains()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Equal(["Old Leads", "Inbound Webhook Leads"], await api.Names(new { filters = new { q = "LEADS" }, isGlobalSearch = true }));
        Assert.Equal(["Inbound Webhook Leads"], await api.Names(new { filters = new { q = "leads" } }));
    }

    [Fact]
    public async Task Search_endpoint_matches_names_across_the_tree()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/workspaces/{api.Ws}/resources/search", new { query = "compan" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var found = Assert.Single(result.Json["resources"]!.AsArray())!;
        Assert.Equal(sandbox.TableId, found["id"]!.GetValue<string>());
        Assert.Equal("TABLE", found["resourceType"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"name\": \"   \"}")]
    public async Task Folder_without_name_is_400(string body)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/workspaces/{api.Ws}/folders", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("name - Required", result.Message);
    }

    [Fact]
    public async Task Bulk_delete_removes_items_and_their_contents()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var folderId = await FolderId(api, "GTM Campaigns");
        var inbound = (await api.Post($"v3/workspaces/{api.Ws}/resources/search", new { query = "Inbound" })).Json["resources"]![0]!["id"]!.GetValue<string>();

        var result = await api.Delete($"v3/workspaces/{api.Ws}/resources/", new { folderIds = new[] { folderId }, workbookIds = Array.Empty<string>(), tableIds = new[] { inbound }, isPermanentDelete = false });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("{}", result.Text);
        Assert.Equal(["Lead Enrichment", "Companies"], await api.Names(new { isGlobalSearch = true }));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/tables/{inbound}")).Status);
        Assert.Empty((await api.Get($"v3/sources?workspaceId={api.Ws}")).Json.AsArray());
    }

    private static async Task<string> FolderId(SandboxApi api, string name)
    {
        var result = await api.Post($"v3/workspaces/{api.Ws}/resources_v2/", new { filters = new { resourceTypes = new[] { "FOLDER" }, q = name } });
        return result.Json["resources"]!.AsArray().Single()!["id"]!.GetValue<string>();
    }
}
