namespace ClayGen.Cli.Tests;

public sealed class ResourceCommandTests
{
    [Fact]
    public async Task FoldersCreateAndDeleteChangeTheTree()
    {
        await using var cli = await CliHarness.StartAsync();

        var created = await cli.RunAsync("folders", "create", "Q3 outbound", "--json");
        var folderId = created.Json["id"]!.GetValue<string>();
        var listed = await cli.RunAsync("resources", "list", "--type", "folder", "--json");
        var deleted = await cli.RunAsync("folders", "delete", folderId);
        var after = await cli.RunAsync("resources", "list", "--type", "folder", "--json");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("f_", folderId, StringComparison.Ordinal);
        Assert.Contains(listed.Json.AsArray(), r => r!["id"]!.GetValue<string>() == folderId);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Contains($"Deleted folder {folderId}", deleted.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(after.Json.AsArray(), r => r!["id"]!.GetValue<string>() == folderId);
    }

    [Fact]
    public async Task ResourcesListAppliesTypeOwnerTreeAndQueryFilters()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("resources", "list", "--type", "workbook", "--owner", "4516", "--all", "--query", "archive", "--json");

        Assert.Equal(0, result.ExitCode);
        var resource = Assert.Single(result.Json.AsArray())!;
        Assert.Equal("Archive 2024", resource["name"]!.GetValue<string>());
        var body = cli.Sandbox.Requests.Single(r => r.Path.EndsWith("/resources_v2/", StringComparison.Ordinal)).Body!;
        Assert.Contains("\"resourceTypes\":[\"WORKBOOK\"]", body, StringComparison.Ordinal);
        Assert.Contains("\"ownerIds\":[4516]", body, StringComparison.Ordinal);
        Assert.Contains("\"isGlobalSearch\":true", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourcesListWithAFolderListsItsChildren()
    {
        await using var cli = await CliHarness.StartAsync();
        var folderId = (await cli.RunAsync("resources", "list", "--type", "folder", "--json")).Json.AsArray()
            .Single(r => r!["name"]!.GetValue<string>() == "GTM Campaigns")!["id"]!.GetValue<string>();

        var result = await cli.RunAsync("resources", "list", "--folder", folderId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Archive 2024", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Inbound Webhook Leads", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourcesSearchFindsByName()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("resources", "search", "leads", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["Inbound Webhook Leads", "Old Leads"],
            result.Json.AsArray().Select(r => r!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ResourcesDeleteRemovesATable()
    {
        await using var cli = await CliHarness.StartAsync();
        var tableId = (await cli.RunAsync("resources", "search", "Inbound", "--json")).Json.AsArray().Single()!["id"]!.GetValue<string>();

        var result = await cli.RunAsync("resources", "delete", "--table", tableId, "--permanent");
        var after = await cli.RunAsync("resources", "search", "Inbound", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Deleted 1 resource for good", result.Output, StringComparison.Ordinal);
        Assert.Empty(after.Json.AsArray());
    }

    [Fact]
    public async Task WorkbooksCreateInAFolderAndDelete()
    {
        await using var cli = await CliHarness.StartAsync();
        var folderId = (await cli.RunAsync("folders", "create", "Campaigns", "--json")).Json["id"]!.GetValue<string>();

        var created = await cli.RunAsync("workbooks", "create", "Inbound leads", "--folder", folderId, "--auto-run", "false", "--json");
        var workbookId = created.Json["id"]!.GetValue<string>();
        var inFolder = await cli.RunAsync("resources", "list", "--folder", folderId, "--json");
        var deleted = await cli.RunAsync("workbooks", "delete", workbookId, "--json");
        var afterDelete = await cli.RunAsync("resources", "list", "--folder", folderId, "--json");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(folderId, created.Json["parentFolderId"]!.GetValue<string>());
        Assert.Contains(inFolder.Json.AsArray(), r => r!["id"]!.GetValue<string>() == workbookId);
        Assert.Equal(workbookId, deleted.Json["deleted"]!.GetValue<string>());
        Assert.Empty(afterDelete.Json.AsArray());
    }
}
