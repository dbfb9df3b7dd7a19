using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Sandbox.Tests;

public class RunTests
{
    [Theory]
    [InlineData("{}", "fieldIds - Required, runRecords - Required")]
    [InlineData("{\"runRecords\": {\"viewId\": \"gv_x\"}}", "fieldIds - Required")]
    [InlineData("{\"fieldIds\": [\"f_x\"]}", "runRecords - Required")]
    public async Task Missing_members_are_listed_in_clay_wording(string body, string message)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Patch($"v3/tables/{sandbox.TableId}/run", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public async Task Unknown_field_is_400()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Patch($"v3/tables/{sandbox.TableId}/run", new { fieldIds = new[] { "f_nope" }, runRecords = new { viewId = sandbox.ViewId } });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("f_nope", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_counts_the_selected_records_and_marks_cells()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartAsync(new ClaySandboxOptions { TimeProvider = clock });
        using var api = new SandboxApi(sandbox);
        var action = sandbox.FieldIds[3];
        var ids = await api.AddRecords(sandbox.TableId, Enumerable.Range(0, 7).Select(_ => new Dictionary<string, object?>()));
        var path = $"v3/tables/{sandbox.TableId}/run";

        var top = await api.Patch(path, new { fieldIds = new[] { action }, runRecords = new { viewIdTopRecords = new { viewId = sandbox.ViewId, numRecords = 3 } }, callerName = "tests", forceRun = false });
        var whole = await api.Patch(path, new { fieldIds = new[] { action }, runRecords = new { viewIdTopRecords = new { viewId = sandbox.ViewId } } });
        var some = await api.Patch(path, new { fieldIds = new[] { action }, runRecords = new { recordIds = new[] { ids[0], ids[1], "r_missing" } } });
        var view = await api.Patch(path, new { fieldIds = new[] { action }, runRecords = new { viewId = sandbox.ViewId } });

        Assert.Equal(3, top.Json["recordCount"]!.GetValue<int>());
        Assert.Equal("INDIVIDUAL", top.Json["runMode"]!.GetValue<string>());
        Assert.Equal(7, whole.Json["recordCount"]!.GetValue<int>());
        Assert.Equal(2, some.Json["recordCount"]!.GetValue<int>());
        Assert.Equal(7, view.Json["recordCount"]!.GetValue<int>());

        clock.Advance(TimeSpan.FromSeconds(1));
        var fetched = await api.Post($"v3/tables/{sandbox.TableId}/bulk-fetch-records", new { recordIds = new[] { ids[6] } });
        Assert.Equal("SUCCESS_NO_DATA", fetched.Json["results"]![0]!["cells"]![action]!["metadata"]!["status"]!.GetValue<string>());
    }
}
