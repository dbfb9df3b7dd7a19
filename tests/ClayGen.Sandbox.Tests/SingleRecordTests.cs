using System.Net;

namespace ClayGen.Sandbox.Tests;

public class SingleRecordTests
{
    [Fact]
    public async Task Get_one_record_returns_its_cells()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" }]);

        var record = await api.Get($"v3/tables/{sandbox.TableId}/records/{ids[0]}");

        Assert.Equal(HttpStatusCode.OK, record.Status);
        Assert.Equal((ids[0], sandbox.TableId), (record.Json["id"]!.GetValue<string>(), record.Json["tableId"]!.GetValue<string>()));
        Assert.Equal("Acme", record.Json["cells"]![sandbox.FieldIds[0]]!["value"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/tables/{sandbox.TableId}/records/r_nope")).Status);
    }

    [Fact]
    public async Task Update_one_record_takes_the_bare_cells_map()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" }]);
        var path = $"v3/tables/{sandbox.TableId}/records/{ids[0]}";

        var updated = await api.Patch(path, new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme Inc.", [sandbox.FieldIds[2]] = 42 });

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("Record updates enqueued", updated.Message);
        var cells = (await api.Get(path)).Json["cells"]!;
        Assert.Equal("Acme Inc.", cells[sandbox.FieldIds[0]]!["value"]!.GetValue<string>());
        Assert.Equal(42, cells[sandbox.FieldIds[2]]!["value"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Patch(path, new Dictionary<string, object?> { ["f_nope"] = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Patch($"v3/tables/{sandbox.TableId}/records/r_nope", new Dictionary<string, object?>())).Status);
    }
}
