using System.Net;

namespace ClayGen.Sandbox.Tests;

public class RecordTests
{
    [Fact]
    public async Task Added_records_read_back_with_value_and_status()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var (name, employees) = (sandbox.FieldIds[0], sandbox.FieldIds[2]);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/records", new
        {
            records = new[] { new { cells = new Dictionary<string, object?> { [name] = "Acme", [employees] = 42 } } },
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var record = Assert.Single(result.Json["records"]!.AsArray())!;
        Assert.StartsWith("r_", record["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(sandbox.TableId, record["tableId"]!.GetValue<string>());
        Assert.Equal("Acme", record["cells"]![name]!["value"]!.GetValue<string>());
        Assert.Equal(42, record["cells"]![employees]!["value"]!.GetValue<int>());
        Assert.Equal("SUCCESS", record["cells"]![name]!["metadata"]!["status"]!.GetValue<string>());
        Assert.NotNull(record["recordMetadata"]);
        Assert.NotNull(record["createdAt"]);
        Assert.NotNull(record["updatedAt"]);
    }

    [Fact]
    public async Task Count_and_ids_reflect_added_records_with_search_placeholder()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var ids = await api.AddRecords(sandbox.TableId, Enumerable.Range(0, 5).Select(i => new Dictionary<string, object?> { [sandbox.FieldIds[0]] = $"Company {i}" }));

        var count = await api.Get($"v3/tables/{sandbox.TableId}/count");
        Assert.Equal(5, count.Json["tableTotalRecordsCount"]!.GetValue<int>());
        Assert.Equal(5, sandbox.TotalRecordCount(sandbox.TableId));
        var listed = SandboxApi.Strings((await api.Get($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records/ids")).Json["results"]);
        Assert.Equal(["search", .. ids], listed);
    }

    [Fact]
    public async Task Ids_of_a_view_from_another_table_is_404()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Get($"v3/tables/{sandbox.TableId}/views/gv_other/records/ids");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
    }

    [Fact]
    public async Task Caller_chosen_ids_are_kept_and_duplicates_rejected()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/tables/{sandbox.TableId}/records";

        var first = await api.Post(path, new { records = new[] { new { id = "r_mine", cells = new Dictionary<string, object?>() } } });
        var again = await api.Post(path, new { records = new[] { new { id = "r_mine", cells = new Dictionary<string, object?>() } } });

        Assert.Equal("r_mine", first.Json["records"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));
    }

    [Fact]
    public async Task Nested_value_object_is_rejected_with_coercion_error()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/records", new
        {
            records = new object[]
            {
                new { cells = new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "fine" } },
                new { cells = new Dictionary<string, object?> { [sandbox.FieldIds[0]] = new { value = "Acme" } } },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Invalid cell value", result.Message);
        Assert.Equal("INVALID_VALUE", result.Json["coercionErrorCode"]!.GetValue<string>());
        Assert.Equal(0, sandbox.TotalRecordCount(sandbox.TableId));
    }

    [Theory]
    [InlineData("{}", "records - Required")]
    [InlineData("{\"records\": []}", "records - Array must contain at least 1 element(s)")]
    [InlineData("{\"records\": [{\"cells\": {\"f_unknown\": 1}}]}", null)]
    public async Task Invalid_add_is_400(string body, string? message)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/records", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(message ?? $"Field f_unknown does not exist in table {sandbox.TableId}", result.Message);
    }

    [Fact]
    public async Task Delete_by_ids_removes_only_those()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, Enumerable.Range(0, 4).Select(_ => new Dictionary<string, object?>()));

        var result = await api.Delete($"v3/tables/{sandbox.TableId}/records", new { recordIds = new[] { ids[1], ids[3] } });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("{}", result.Text);
        var listed = SandboxApi.Strings((await api.Get($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records/ids")).Json["results"]);
        Assert.Equal(["search", ids[0], ids[2]], listed);
    }

    [Fact]
    public async Task Delete_all_keeps_omitted_records()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, Enumerable.Range(0, 6).Select(_ => new Dictionary<string, object?>()));

        var result = await api.Delete($"v3/tables/{sandbox.TableId}/records", new
        {
            deleteAll = true,
            viewId = sandbox.ViewId,
            omitDeletingRecordIds = new[] { ids[2] },
            recordIds = Array.Empty<string>(),
            viewFiltersHash = "",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));
        var listed = SandboxApi.Strings((await api.Get($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records/ids")).Json["results"]);
        Assert.Equal(["search", ids[2]], listed);
    }

    [Fact]
    public async Task Delete_without_ids_or_deleteAll_is_400()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Delete($"v3/tables/{sandbox.TableId}/records", new { recordIds = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("recordIds - Required", result.Message);
    }

    [Fact]
    public async Task Bulk_fetch_and_patch_update_records()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var field = sandbox.FieldIds[1];
        var ids = await api.AddRecords(sandbox.TableId, [new() { [field] = "old.example" }]);

        var patch = await api.Patch($"v3/tables/{sandbox.TableId}/records", new { records = new[] { new { id = ids[0], cells = new Dictionary<string, object?> { [field] = "new.example" } } } });
        var fetched = await api.Post($"v3/tables/{sandbox.TableId}/bulk-fetch-records", new { recordIds = new[] { ids[0], "r_missing" } });

        Assert.Equal("Record updates enqueued", patch.Json["extraData"]!["message"]!.GetValue<string>());
        var record = Assert.Single(fetched.Json["results"]!.AsArray())!;
        Assert.Equal("new.example", record["cells"]![field]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Large_table_of_100k_records_keeps_order_ids_and_deletes()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var batch = Enumerable.Range(0, 1000).Select(i => new Dictionary<string, object?> { [sandbox.FieldIds[0]] = $"Company {i}" }).ToArray();

        for (var i = 0; i < 100; i++)
        {
            await api.AddRecords(sandbox.TableId, batch);
        }

        var listed = SandboxApi.Strings((await api.Get($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records/ids")).Json["results"]);
        await api.Delete($"v3/tables/{sandbox.TableId}/records", new { recordIds = listed.Skip(1).Take(50_000).ToArray() });
        await api.Delete($"v3/tables/{sandbox.TableId}/records", new { deleteAll = true, viewId = sandbox.ViewId, omitDeletingRecordIds = new[] { listed[^1] } });

        Assert.Equal(100_001, listed.Count);
        Assert.Equal(100_000, listed.Skip(1).Distinct().Count());
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal([listed[^1]], SandboxApi.Strings((await api.Get($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records/ids")).Json["results"]).Skip(1));
    }
}
