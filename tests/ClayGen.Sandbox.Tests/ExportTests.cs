using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Sandbox.Tests;

public class ExportTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Export_is_active_then_finished_with_a_csv_of_the_table_as_it_was()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartAsync(new ClaySandboxOptions { TimeProvider = clock, ExportDelay = Delay });
        using var api = new SandboxApi(sandbox);
        await api.AddRecords(sandbox.TableId, [
            new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme, Inc.", [sandbox.FieldIds[1]] = "acme.com", [sandbox.FieldIds[2]] = 250 },
            new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "The \"Globex\"\nCorp" },
        ]);

        var started = await api.Post($"v3/tables/{sandbox.TableId}/export", new { format = "csv" });
        // Rows added after the start are not in the file.
        await api.AddRecords(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Late" }]);
        var jobId = started.Json["id"]!.GetValue<string>();
        var active = await api.Get($"v3/exports/{jobId}");
        clock.Advance(Delay);
        var finished = await api.Get($"v3/exports/{jobId}");

        Assert.Equal(HttpStatusCode.OK, started.Status);
        Assert.StartsWith("ej_", jobId, StringComparison.Ordinal);
        Assert.Equal(("ACTIVE", "", 2), (started.Json["status"]!.GetValue<string>(), started.Json["viewId"]!.GetValue<string>(), started.Json["totalRecordsInViewCount"]!.GetValue<int>()));
        Assert.Null(started.Json["uploadedFilePath"]);
        Assert.Equal("ACTIVE", active.Json["status"]!.GetValue<string>());
        Assert.Null(active.Json["downloadUrl"]);
        Assert.Equal("FINISHED", finished.Json["status"]!.GetValue<string>());
        Assert.Equal(2, finished.Json["recordsExportedCount"]!.GetValue<int>());

        // A plain GET with no Clay auth, as a pre-signed link is.
        using var anonymous = new HttpClient();
        using var download = await anonymous.GetAsync(new Uri(finished.Json["downloadUrl"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        var csv = await download.Content.ReadAsStringAsync();
        Assert.Equal(
            "Company Name,Domain,Employees,Enrich Company\r\n\"Acme, Inc.\",acme.com,250,\r\n\"The \"\"Globex\"\"\nCorp\",,,\r\n",
            csv);
    }

    [Fact]
    public async Task View_export_carries_the_view_and_action_cells_export_their_value()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock, ExportDelay = Delay });
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [RunClockTests.Row(sandbox, "acme.com")]);
        await api.Patch($"v3/tables/{sandbox.TableId}/run", new { fieldIds = new[] { sandbox.FieldIds[3] }, runRecords = new { recordIds = ids } });
        clock.Advance(TimeSpan.FromSeconds(1));

        var started = await api.Post($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/export", new { });
        clock.Advance(Delay);
        var finished = await api.Get($"v3/exports/{started.Json["id"]!.GetValue<string>()}");
        using var http = new HttpClient(sandbox.CreateHandler());
        var csv = await http.GetStringAsync(new Uri(finished.Json["downloadUrl"]!.GetValue<string>()));

        Assert.Equal(sandbox.ViewId, started.Json["viewId"]!.GetValue<string>());
        Assert.EndsWith("\r\n,acme.com,,contact@acme.com\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Post($"v3/tables/{sandbox.TableId}/views/gv_nope/export", new { })).Status);
    }

    [Theory]
    [InlineData(ClaySandboxExportFault.Fail, "FAILED")]
    [InlineData(ClaySandboxExportFault.NeverFinish, "ACTIVE")]
    public async Task Export_faults_fail_or_never_finish(ClaySandboxExportFault fault, string status)
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock, ExportDelay = Delay });
        using var api = new SandboxApi(sandbox);
        sandbox.Faults.ExportFault = fault;

        var jobId = (await api.Post($"v3/tables/{sandbox.TableId}/export", null)).Json["id"]!.GetValue<string>();
        clock.Advance(TimeSpan.FromHours(1));
        var job = await api.Get($"v3/exports/{jobId}");

        Assert.Equal(status, job.Json["status"]!.GetValue<string>());
        Assert.Null(job.Json["downloadUrl"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"exports/{jobId}/download")).Status);
    }

    [Fact]
    public async Task Unknown_job_is_404_and_a_format_other_than_csv_is_400()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/exports/ej_nope")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Post($"v3/tables/{sandbox.TableId}/export", new { format = "xlsx" })).Status);
    }
}
