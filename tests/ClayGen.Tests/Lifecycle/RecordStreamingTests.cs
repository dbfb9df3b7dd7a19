
namespace ClayGen.Tests.Lifecycle;

public class RecordStreamingTests
{
    [Fact]
    public async Task Streams_every_record_of_a_view_in_bulk_batches_at_the_limit_in_the_views_order()
    {
        var table = new FakeTable(rows: 701);
        using var clay = TestClients.Create(table.Network);

        var records = await clay.Tables.StreamRecordsAsync(FakeTable.TableId, FakeTable.ViewId).ToListAsync();

        Assert.Equal(table.RecordIds, records.Select(r => r.Id));
        Assert.Equal([300, 300, 101], table.Fetches.Select(f => f.Count));
        Assert.All(table.Fetches.SelectMany(f => f), id => Assert.NotEqual("search", id));
    }

    [Fact]
    public async Task Without_a_view_it_reads_the_table_and_uses_its_default_view()
    {
        var table = new FakeTable(rows: 3);
        using var clay = TestClients.Create(table.Network);

        var records = await clay.Tables.StreamRecordsAsync(FakeTable.TableId).ToListAsync();

        Assert.Equal(["r_1", "r_2", "r_3"], records.Select(r => r.Id));
        Assert.Equal("getTable", table.Network.Requests[0].OperationId);
        Assert.Equal($"/v3/tables/{FakeTable.TableId}/views/{FakeTable.ViewId}/records/ids", table.Network.Requests[1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_long_id_list_is_split_into_batches_never_refused()
    {
        var table = new FakeTable(rows: 1000);
        using var clay = TestClients.Create(table.Network);

        var records = await clay.Tables.FetchRecordsAsync(FakeTable.TableId, table.RecordIds, new RecordFetchOptions { BatchSize = 250 }).ToListAsync();

        Assert.Equal(1000, records.Count);
        Assert.Equal([250, 250, 250, 250], table.Fetches.Select(f => f.Count));
    }

    [Fact]
    public async Task Ids_missing_from_the_answer_fail_the_read_by_name_after_the_records_before_them()
    {
        var table = new FakeTable(rows: 5);
        table.Deleted.Add("r_4");
        using var clay = TestClients.Create(table.Network);
        var seen = new List<string>();

        var error = await Assert.ThrowsAsync<ClayMissingRecordsException>(async () =>
        {
            await foreach (var record in clay.Tables.FetchRecordsAsync(FakeTable.TableId, table.RecordIds, new RecordFetchOptions { BatchSize = 3 }))
            {
                seen.Add(record.Id);
            }
        });

        Assert.Equal(["r_4"], error.MissingRecordIds);
        Assert.Contains("r_4", error.Message, StringComparison.Ordinal);
        Assert.Equal(["r_1", "r_2", "r_3"], seen);
    }

    [Fact]
    public async Task Ids_missing_from_the_answer_go_to_the_handler_when_one_is_set()
    {
        var table = new FakeTable(rows: 5);
        table.Deleted.UnionWith(["r_2", "r_5"]);
        using var clay = TestClients.Create(table.Network);
        var missing = new List<string>();

        var records = await clay.Tables.FetchRecordsAsync(FakeTable.TableId, table.RecordIds, new RecordFetchOptions { OnMissingRecords = missing.AddRange }).ToListAsync();

        Assert.Equal(["r_1", "r_3", "r_4"], records.Select(r => r.Id));
        Assert.Equal(["r_2", "r_5"], missing);
    }

    [Fact]
    public async Task Stopping_early_sends_no_more_fetches_than_are_in_flight()
    {
        var table = new FakeTable(rows: 3000);
        using var clay = TestClients.Create(table.Network);

        await foreach (var _ in clay.Tables.FetchRecordsAsync(FakeTable.TableId, table.RecordIds, new RecordFetchOptions { BatchSize = 100, MaxConcurrency = 2 }))
        {
            break;
        }

        // The first batch was read and at most one more was in flight: the other 28 were never asked for.
        Assert.InRange(table.Fetches.Count, 1, 2);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(301, 4)]
    [InlineData(300, 0)]
    [InlineData(300, 65)]
    public async Task Out_of_range_batch_size_or_concurrency_is_refused_before_sending(int batchSize, int concurrency)
    {
        var table = new FakeTable(rows: 3);
        using var clay = TestClients.Create(table.Network);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => clay.Tables.StreamRecordsAsync(FakeTable.TableId, FakeTable.ViewId, new RecordFetchOptions { BatchSize = batchSize, MaxConcurrency = concurrency }).ToListAsync().AsTask());
        Assert.Empty(table.Network.Requests);
    }

    [Fact]
    public async Task A_bad_record_id_is_refused_before_any_fetch()
    {
        var table = new FakeTable(rows: 3);
        using var clay = TestClients.Create(table.Network);

        var error = Assert.ThrowsAny<ArgumentException>(() => clay.Tables.FetchRecordsAsync(FakeTable.TableId, ["r_1", "../r_2"]));

        Assert.Equal("recordIds", error.ParamName);
        Assert.Empty(table.Network.Requests);
    }

    [Fact]
    public async Task Bulk_fetch_over_the_limit_is_refused_with_the_helper_to_use()
    {
        var table = new FakeTable(rows: 301);
        using var clay = TestClients.Create(table.Network);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => clay.Tables.BulkFetchRecordsAsync(FakeTable.TableId, new BulkFetchRecordsRequest { RecordIds = table.RecordIds }));

        Assert.Contains("FetchRecordsAsync", error.Message, StringComparison.Ordinal);
        Assert.Empty(table.Network.Requests);
    }
}
