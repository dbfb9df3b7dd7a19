using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Sandbox.Tests;

public class RunClockTests
{
    private static readonly TimeSpan Queued = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Running = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Run_cells_go_queued_then_running_then_success_on_the_sandbox_clock()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock, RunQueuedFor = Queued, RunRunningFor = Running });
        using var api = new SandboxApi(sandbox);
        var action = sandbox.FieldIds[3];
        var ids = await api.AddRecords(sandbox.TableId, [Row(sandbox, "https://www.Acme.com/about")]);

        var run = await Run(api, ids);
        var queued = await Status(api, ids[0]);
        clock.Advance(Queued);
        var running = await Status(api, ids[0]);
        clock.Advance(Running - TimeSpan.FromTicks(1));
        var stillRunning = await Status(api, ids[0]);
        clock.Advance(TimeSpan.FromTicks(1));
        var done = await api.Get($"v3/tables/{sandbox.TableId}/records/{ids[0]}");

        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Equal(["QUEUED", "RUNNING", "RUNNING"], new[] { queued, running, stillRunning });
        var cell = done.Json["cells"]![action]!;
        Assert.Equal("SUCCESS", cell["metadata"]!["status"]!.GetValue<string>());
        Assert.Equal("contact@acme.com", cell["value"]!.GetValue<string>());
        Assert.Equal("SUCCESS", cell["externalContent"]!["status"]!.GetValue<string>());
        Assert.Equal("contact@acme.com", cell["externalContent"]!["fullValue"]!["email"]!.GetValue<string>());
        Assert.NotNull(done.Json["recordMetadata"]!["runHistory"]![action]);
    }

    [Fact]
    public async Task Rows_past_the_remaining_credits_end_out_of_credits()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock });
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, new[] { "acme.com", "globex.com", "initech.com" }.Select(d => Row(sandbox, d)));
        sandbox.Faults.CreditsRemaining = 2;

        await Run(api, ids);
        clock.Advance(TimeSpan.FromSeconds(1));

        string[] statuses = [await Status(api, ids[0]), await Status(api, ids[1]), await Status(api, ids[2])];
        Assert.Equal(["SUCCESS", "SUCCESS", "ERROR_OUT_OF_CREDITS"], statuses);
        Assert.Equal(0, sandbox.Faults.CreditsRemaining);
        var failed = await api.Get($"v3/tables/{sandbox.TableId}/records/{ids[2]}");
        Assert.Null(failed.Json["cells"]![sandbox.FieldIds[3]]!["value"]);
    }

    [Fact]
    public async Task A_row_without_input_ends_success_no_data_and_the_value_is_derived_from_the_input()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock });
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [Row(sandbox, "globex.com"), new Dictionary<string, object?>()]);

        await Run(api, ids);
        clock.Advance(TimeSpan.FromSeconds(1));
        var fetched = await api.Post($"v3/tables/{sandbox.TableId}/bulk-fetch-records", new { recordIds = ids });

        var cells = fetched.Json["results"]!.AsArray().Select(r => r!["cells"]![sandbox.FieldIds[3]]!).ToList();
        Assert.Equal("contact@globex.com", cells[0]["value"]!.GetValue<string>());
        Assert.Equal("SUCCESS_NO_DATA", cells[1]["metadata"]!["status"]!.GetValue<string>());
        // Bulk fetch leaves out externalContent unless asked.
        Assert.Null(cells[0]["externalContent"]);
    }

    [Fact]
    public async Task A_run_with_nothing_to_run_is_400()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/tables/{sandbox.TableId}/run";

        var noRows = await api.Patch(path, new { fieldIds = new[] { sandbox.FieldIds[3] }, runRecords = new { viewId = sandbox.ViewId } });
        var ids = await api.AddRecords(sandbox.TableId, [Row(sandbox, "acme.com")]);
        var noAction = await api.Patch(path, new { fieldIds = new[] { sandbox.FieldIds[0] }, runRecords = new { recordIds = ids } });

        Assert.Equal(HttpStatusCode.BadRequest, noRows.Status);
        Assert.Contains("no records", noRows.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noAction.Status);
        Assert.Contains("action field", noAction.Message, StringComparison.Ordinal);
    }

    internal static Dictionary<string, object?> Row(ClaySandbox sandbox, string domain) => new() { [sandbox.FieldIds[1]] = domain };

    private static Task<ApiResult> Run(SandboxApi api, List<string> ids) =>
        api.Patch($"v3/tables/{api.Sandbox.TableId}/run", new { fieldIds = new[] { api.Sandbox.FieldIds[3] }, runRecords = new { recordIds = ids } });

    private static async Task<string> Status(SandboxApi api, string recordId)
    {
        var record = await api.Get($"v3/tables/{api.Sandbox.TableId}/records/{recordId}");
        Assert.Equal(HttpStatusCode.OK, record.Status);
        return record.Json["cells"]![api.Sandbox.FieldIds[3]]!["metadata"]!["status"]!.GetValue<string>();
    }
}
