using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Sandbox.Tests;

/// <summary>A webhook's response type, per-field run status counts, the API key listing and view filters.</summary>
public class WebhookSettingsAndStatusTests
{
    [Fact]
    public async Task Response_type_is_kept_on_the_source_and_a_wrong_source_id_or_type_is_refused()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var id = (await api.Post("v3/sources", new { workspaceId = sandbox.WorkspaceId, tableId = sandbox.TableId, name = "Webhook", type = "webhook" })).Json["id"]!.GetValue<string>();

        var set = await api.Patch($"v3/sources/webhook/response-type/{id}", new { sourceId = id, responseType = "PLAIN_TEXT" });
        var otherSource = await api.Patch($"v3/sources/webhook/response-type/{id}", new { sourceId = "s_other", responseType = "JSON" });
        var badType = await api.Patch($"v3/sources/webhook/response-type/{id}", new { sourceId = id, responseType = "XML" });
        var unknown = await api.Patch("v3/sources/webhook/response-type/s_nope", new { sourceId = "s_nope", responseType = "JSON" });

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal("PLAIN_TEXT", set.Json["responseType"]!.GetValue<string>());
        Assert.Equal("PLAIN_TEXT", (await api.Get($"v3/sources/{id}")).Json["typeSettings"]!["responseType"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (otherSource.Status, badType.Status, unknown.Status));
    }

    [Fact]
    public async Task Run_status_counts_follow_the_run_on_the_sandbox_clock_and_fields_that_never_ran_are_empty_and_unlisted()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock, RunQueuedFor = TimeSpan.FromSeconds(2), RunRunningFor = TimeSpan.FromSeconds(5) });
        using var api = new SandboxApi(sandbox);
        var action = sandbox.FieldIds[3];
        var ids = await api.AddRecords(sandbox.TableId, new[] { "acme.com", "globex.com", "initech.com" }.Select(d => new Dictionary<string, object?> { [sandbox.FieldIds[1]] = d }));
        sandbox.Faults.CreditsRemaining = 2;
        var path = $"v3/workspaces/{api.Ws}/tables/{sandbox.TableId}/fields/runstatus";

        var before = await api.Get(path);
        var ranBefore = await api.Get($"v3/tables/{sandbox.TableId}/fieldrun");
        await api.Patch($"v3/tables/{sandbox.TableId}/run", new { fieldIds = new[] { action }, runRecords = new { recordIds = ids } });
        var queued = await api.Get(path);
        clock.Advance(TimeSpan.FromSeconds(7));
        var done = await api.Get(path);
        var ranAfter = await api.Get($"v3/tables/{sandbox.TableId}/fieldrun");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Empty(before.Json["statusCountsByField"]![action]!.AsArray());
        Assert.Equal(["QUEUED:3"], Counts(queued, action));
        Assert.Equal(["ERROR_OUT_OF_CREDITS:1", "SUCCESS:2"], Counts(done, action));
        Assert.Empty(done.Json["statusCountsByField"]![sandbox.FieldIds[0]]!.AsArray());
        Assert.Empty(ranBefore.Json["fieldIds"]!.AsArray());
        Assert.Equal([action], SandboxApi.Strings(ranAfter.Json["fieldIds"]));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/workspaces/999/tables/{sandbox.TableId}/fields/runstatus")).Status);
    }

    [Fact]
    public async Task Api_keys_of_the_owner_list_the_sandbox_key_without_its_value()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var owner = (await api.Get("v3/me")).Json["id"]!.GetValue<int>();

        var keys = await api.Get($"v3/api-keys?resourceType=user&resourceId={owner}");
        var workspace = await api.Get($"v3/api-keys?resourceType=workspace&resourceId={api.Ws}");
        var stranger = await api.Get("v3/api-keys?resourceType=user&resourceId=999999");

        Assert.Equal(HttpStatusCode.OK, keys.Status);
        var key = Assert.Single(keys.Json.AsArray())!;
        Assert.StartsWith("ak_", key["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.ApiKey, keys.Text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (workspace.Status, stranger.Status));
    }

    [Fact]
    public async Task A_view_filter_narrows_the_view_s_records_ids_and_search_and_no_items_clears_it()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var company = sandbox.FieldIds[0];
        var ids = await api.AddRecords(sandbox.TableId, new[] { "Acme", "Globex", null }.Select(n => new Dictionary<string, object?> { [company] = n }));
        var view = $"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}";

        var set = await api.Patch($"{view}/filter", new { combinationMode = "AND", items = new object[] { new { fieldId = company, type = "NOT_EMPTY", value = (string?)null }, new { fieldId = company, type = "NOT_EQUAL", value = "globex" } } });
        var records = await api.Get($"{view}/records");
        var recordIds = await api.Get($"{view}/records/ids");
        var search = await api.Post($"{view}/search", new { searchTerm = "e" });
        var cleared = await api.Patch($"{view}/filter", new { combinationMode = "OR", items = Array.Empty<object>() });
        var all = await api.Get($"{view}/records");

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal("AND", set.Json["filter"]!["combinationMode"]!.GetValue<string>());
        Assert.Equal([ids[0]], records.Json["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal([ids[0]], SandboxApi.Strings(recordIds.Json["results"]).Where(ids.Contains));
        Assert.Equal([ids[0]], search.Json["results"]!.AsArray().Select(r => r!["recordId"]!.GetValue<string>()).Distinct());
        Assert.Equal(HttpStatusCode.OK, cleared.Status);
        Assert.Null(cleared.Json["filter"]);
        Assert.Equal(3, all.Json["results"]!.AsArray().Count(r => ids.Contains(r!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_filter_on_an_unknown_field_or_operator_is_refused_and_the_old_one_stays()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var company = sandbox.FieldIds[0];
        var ids = await api.AddRecords(sandbox.TableId, new[] { "Acme", null }.Select(n => new Dictionary<string, object?> { [company] = n }));
        var view = $"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}";
        await api.Patch($"{view}/filter", new { combinationMode = "OR", items = new object[] { new { fieldId = company, type = "EMPTY" } } });

        var unknownField = await api.Patch($"{view}/filter", new { combinationMode = "AND", items = new object[] { new { fieldId = "f_nope", type = "EMPTY" } } });
        var unknownOperator = await api.Patch($"{view}/filter", new { combinationMode = "AND", items = new object[] { new { fieldId = company, type = "SOUNDS_LIKE", value = "x" } } });
        var badMode = await api.Patch($"{view}/filter", new { combinationMode = "XOR", items = Array.Empty<object>() });
        var records = await api.Get($"{view}/records");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (unknownField.Status, unknownOperator.Status, badMode.Status));
        Assert.Equal([ids[1]], records.Json["results"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Where(ids.Contains));
    }

    private static List<string> Counts(ApiResult result, string fieldId) =>
        [.. result.Json["statusCountsByField"]![fieldId]!.AsArray().Select(c => $"{c!["status"]!.GetValue<string>()}:{c["count"]!.GetValue<int>()}")];
}
