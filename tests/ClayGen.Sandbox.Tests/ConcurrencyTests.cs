namespace ClayGen.Sandbox.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_batches_all_land_with_distinct_ids()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var field = sandbox.FieldIds[0];

        var batches = await Task.WhenAll(Enumerable.Range(0, 20).Select(b =>
            api.AddRecords(sandbox.TableId, Enumerable.Range(0, 500).Select(i => new Dictionary<string, object?> { [field] = $"{b}-{i}" }))));

        var count = await api.Get($"v3/tables/{sandbox.TableId}/count");
        Assert.Equal(10_000, count.Json["tableTotalRecordsCount"]!.GetValue<int>());
        Assert.Equal(10_000, batches.SelectMany(ids => ids).Distinct().Count());
        var listed = SandboxApi.Strings((await api.Get($"v3/tables/{sandbox.TableId}/views/{sandbox.ViewId}/records/ids")).Json["results"]);
        Assert.Equal(batches.SelectMany(ids => ids).Order(StringComparer.Ordinal), listed.Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal(20, sandbox.RequestCount - 2);
    }
}
