using System.Net;

namespace ClayGen.Sandbox.Tests;

/// <summary>Duplicating a table, reading one workbook and deleting several fields at once.</summary>
public class CopyAndBulkTests
{
    [Fact]
    public async Task Duplicate_table_copies_fields_and_views_under_new_ids_but_not_the_rows()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        await api.AddRecords(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" }]);
        var original = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!;

        var copy = await api.Post($"v3/tables/{sandbox.TableId}/duplicate", new { name = "Leads (copy)" });
        var unnamed = await api.Post($"v3/tables/{sandbox.TableId}/duplicate", new { });

        Assert.Equal(HttpStatusCode.OK, copy.Status);
        var table = copy.Json["table"]!;
        var id = table["id"]!.GetValue<string>();
        Assert.NotEqual(sandbox.TableId, id);
        Assert.Equal("Leads (copy)", table["name"]!.GetValue<string>());
        Assert.Equal(Names(original["fields"]), Names(table["fields"]));
        Assert.Equal(Names(original["views"]), Names(table["views"]));
        Assert.Empty(Ids(table["fields"]).Intersect(Ids(original["fields"])));
        Assert.Equal("Copy of " + original["name"]!.GetValue<string>(), unnamed.Json["table"]!["name"]!.GetValue<string>());
        var viewId = table["firstViewId"]!.GetValue<string>();
        Assert.Empty((await api.Get($"v3/tables/{id}/views/{viewId}/records")).Json["results"]!.AsArray());
    }

    [Fact]
    public async Task Duplicated_enrichment_field_reads_the_copy_s_own_fields()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var original = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!;

        var table = (await api.Post($"v3/tables/{sandbox.TableId}/duplicate", new { })).Json["table"]!;

        var settings = string.Concat(table["fields"]!.AsArray().Select(f => f!["typeSettings"]!.ToJsonString()));
        Assert.Contains(Ids(table["fields"]), newId => settings.Contains(newId, StringComparison.Ordinal));
        Assert.All(Ids(original["fields"]), oldId => Assert.DoesNotContain(oldId, settings, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_workbook_answers_it_at_the_top_level_under_the_workspace_id()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var created = (await api.Post("v3/workbooks", new { name = "Recorded workbook", workspaceId = sandbox.WorkspaceId })).Json;
        var id = created["id"]!.GetValue<string>();

        var workbook = await api.Get($"v3/{api.Ws}/workbooks/{id}");

        Assert.Equal(HttpStatusCode.OK, workbook.Status);
        Assert.Equal((id, "Recorded workbook"), (workbook.Json["id"]!.GetValue<string>(), workbook.Json["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/{api.Ws}/workbooks/wb_nope")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/999/workbooks/{id}")).Status);
    }

    [Fact]
    public async Task Delete_fields_removes_all_of_them_or_none()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/tables/{sandbox.TableId}/fields";

        var unknown = await api.Delete(path, new { fieldIds = new[] { sandbox.FieldIds[0], "f_nope" } });
        var afterUnknown = Ids((await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["fields"]);
        var empty = await api.Delete(path, new { fieldIds = Array.Empty<string>() });
        var deleted = await api.Delete(path, new { fieldIds = new[] { sandbox.FieldIds[0], sandbox.FieldIds[1] } });
        var remaining = Ids((await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["fields"]);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains(sandbox.FieldIds[0], afterUnknown);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.DoesNotContain(sandbox.FieldIds[0], remaining);
        Assert.DoesNotContain(sandbox.FieldIds[1], remaining);
        Assert.Contains(sandbox.FieldIds[2], remaining);
    }

    private static List<string> Names(System.Text.Json.Nodes.JsonNode? array) => [.. array!.AsArray().Select(n => n!["name"]!.GetValue<string>())];

    private static List<string> Ids(System.Text.Json.Nodes.JsonNode? array) => [.. array!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}
