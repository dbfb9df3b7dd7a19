using System.Net;

namespace ClayGen.Sandbox.Tests;

public class ViewTests
{
    [Fact]
    public async Task View_records_honour_limit_and_default_to_100()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, Enumerable.Range(0, 120).Select(i => new Dictionary<string, object?> { [sandbox.FieldIds[0]] = $"Company {i}" }));
        var path = $"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records";

        var all = (await api.Get(path)).Json["results"]!.AsArray();
        var three = (await api.Get(path + "?limit=3")).Json["results"]!.AsArray();

        Assert.Equal(100, all.Count);
        Assert.Equal(ids.Take(3), three.Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal("Company 1", three[1]!["cells"]![sandbox.FieldIds[0]]!["value"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Get(path + "?limit=0")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/tables/{sandbox.TableId}/views/gv_nope/records")).Status);
    }

    [Fact]
    public async Task Search_finds_cells_containing_the_term_case_insensitively()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [
            new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme", [sandbox.FieldIds[1]] = "acme.com" },
            new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Globex", [sandbox.FieldIds[2]] = 1200 },
        ]);
        var path = $"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/search";

        var acme = (await api.Post(path, new { searchTerm = "ACME" })).Json["results"]!.AsArray();
        var number = (await api.Post(path, new { searchTerm = "120" })).Json["results"]!.AsArray();

        Assert.Equal([(sandbox.FieldIds[0], ids[0]), (sandbox.FieldIds[1], ids[0])], acme.Select(r => (r!["fieldId"]!.GetValue<string>(), r["recordId"]!.GetValue<string>())));
        var hit = Assert.Single(number)!;
        Assert.Equal((sandbox.FieldIds[2], ids[1]), (hit["fieldId"]!.GetValue<string>(), hit["recordId"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Post(path, new { })).Status);
    }
}
