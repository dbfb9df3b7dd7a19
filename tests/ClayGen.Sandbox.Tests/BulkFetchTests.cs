using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Sandbox.Tests;

public class BulkFetchTests
{
    [Fact]
    public async Task Bulk_fetch_filters_fields_and_skips_unknown_ids()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme", [sandbox.FieldIds[1]] = "acme.com" }]);

        var fetched = await api.Post($"v3/tables/{sandbox.TableId}/bulk-fetch-records", new { recordIds = new[] { "r_nope", ids[0] }, fieldIds = new[] { sandbox.FieldIds[1] } });

        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        var record = Assert.Single(fetched.Json["results"]!.AsArray())!;
        Assert.Equal(ids[0], record["id"]!.GetValue<string>());
        Assert.Equal([sandbox.FieldIds[1]], record["cells"]!.AsObject().Select(c => c.Key));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"recordIds\": []}")]
    [InlineData("{\"recordIds\": \"r_1\"}")]
    public async Task Missing_or_empty_record_ids_is_400(string body)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/bulk-fetch-records", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith("recordIds - ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_ids_than_the_maximum_is_400_and_the_maximum_is_accepted()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var max = ClaySandboxOptions.DefaultMaxBulkFetchRecords;
        var path = $"v3/tables/{sandbox.TableId}/bulk-fetch-records";

        var atMax = await api.Post(path, new { recordIds = Enumerable.Range(0, max).Select(i => $"r_{i}").ToArray() });
        var over = await api.Post(path, new { recordIds = Enumerable.Range(0, max + 1).Select(i => $"r_{i}").ToArray() });

        Assert.Equal(HttpStatusCode.OK, atMax.Status);
        Assert.Equal(HttpStatusCode.BadRequest, over.Status);
        Assert.Equal($"recordIds - Array must contain at most {max} element(s)", over.Message);
    }

    [Fact]
    public async Task The_maximum_is_an_option()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { MaxBulkFetchRecords = 2 });
        using var api = new SandboxApi(sandbox);

        var over = await api.Post($"v3/tables/{sandbox.TableId}/bulk-fetch-records", new { recordIds = new[] { "r_1", "r_2", "r_3" } });

        Assert.Equal(HttpStatusCode.BadRequest, over.Status);
    }

    [Fact]
    public async Task External_content_only_for_the_fields_asked_for()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { TimeProvider = clock });
        using var api = new SandboxApi(sandbox);
        var action = sandbox.FieldIds[3];
        var ids = await api.AddRecords(sandbox.TableId, [RunClockTests.Row(sandbox, "acme.com")]);
        await api.Patch($"v3/tables/{sandbox.TableId}/run", new { fieldIds = new[] { action }, runRecords = new { recordIds = ids } });
        clock.Advance(TimeSpan.FromSeconds(1));

        var fetched = await api.Post($"v3/tables/{sandbox.TableId}/bulk-fetch-records", new { recordIds = ids, includeExternalContentFieldIds = new[] { action } });

        var content = fetched.Json["results"]![0]!["cells"]![action]!["externalContent"]!;
        Assert.Equal("contact@acme.com", content["fullValue"]!["email"]!.GetValue<string>());
    }
}
