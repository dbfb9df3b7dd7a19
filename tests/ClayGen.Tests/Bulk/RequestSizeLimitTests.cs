using System.Net;
using ClayGen.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ClayGen.Tests.Bulk;

/// <summary>
/// No single request goes out larger than <see cref="ClayLimits"/> allows: the bulk helpers split their
/// input, and a direct call that is too large is refused before sending, naming the limit.
/// </summary>
public sealed class RequestSizeLimitTests
{
    public static TheoryData<string, Func<ClayClient, Task>, string> Oversized => new()
    {
        {
            "ClayLimits.MaxRecordsPerRequest",
            c => c.Tables.AddRecordsAsync("t_1", Enumerable.Range(0, ClayLimits.MaxRecordsPerRequest + 1).Select(Row)),
            "body"
        },
        {
            "ClayLimits.MaxRecordsPerRequest",
            c => c.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest { Records = Enumerable.Range(0, ClayLimits.MaxRecordsPerRequest + 1).Select(i => new RecordUpdate { Id = "r_" + i, Cells = new Dictionary<string, object?> { ["f_a"] = i } }).ToList() }),
            "body"
        },
        {
            "ClayLimits.MaxCellLength",
            c => c.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f_a"] = new string('x', ClayLimits.MaxCellLength + 1) }]),
            "body"
        },
        {
            "ClayLimits.MaxCellLength",
            c => c.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f_a"] = new JArray(Enumerable.Range(0, 20_000).Select(i => "item-" + i)) }]),
            "body"
        },
        {
            "ClayLimits.MaxCellLength",
            c => c.Tables.UpdateRecordsAsync("t_1", new UpdateRecordsRequest { Records = [new RecordUpdate { Id = "r_1", Cells = new Dictionary<string, object?> { ["f_a"] = new string('x', ClayLimits.MaxCellLength + 1) } }] }),
            "body"
        },
        {
            "ClayLimits.MaxRecordIdsPerDelete",
            c => c.Tables.DeleteRecordsAsync("t_1", new DeleteRecordsRequest { RecordIds = Ids(ClayLimits.MaxRecordIdsPerDelete + 1) }),
            "body"
        },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task An_oversized_request_is_refused_naming_the_limit_and_nothing_is_sent(string limit, Func<ClayClient, Task> call, string parameter)
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(clay));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(limit, error.Message, StringComparison.Ordinal);
        Assert.Empty(network.Requests);
    }

    [Fact]
    public async Task Requests_at_the_limits_still_go_out()
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json("""{"records":[]}"""));
        using var clay = TestClients.Create(network);

        await clay.Tables.AddRecordsAsync("t_1", [new Dictionary<string, object?> { ["f_a"] = new string('x', ClayLimits.MaxCellLength) }]);
        await clay.Tables.DeleteRecordsAsync("t_1", new DeleteRecordsRequest { RecordIds = Ids(ClayLimits.MaxRecordIdsPerDelete) });

        Assert.Equal(2, network.Requests.Count);
    }

    [Fact]
    public async Task A_long_delete_list_goes_out_in_batches_in_order()
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network);
        var ids = Ids(2 * ClayLimits.DeleteBatchSize + 50);

        await clay.Tables.DeleteRecordsAsync("t_1", (IEnumerable<string>)ids);

        var sent = network.Requests.Select(r => JObject.Parse(r.Body!)["recordIds"]!.Values<string>().ToList()).ToList();
        Assert.Equal([ClayLimits.DeleteBatchSize, ClayLimits.DeleteBatchSize, 50], sent.Select(b => b.Count));
        Assert.Equal(ids, sent.SelectMany(b => b));
        Assert.All(network.Requests, r => Assert.Equal("DELETE", r.Method));
    }

    [Fact]
    public async Task A_bad_id_anywhere_in_a_long_delete_list_stops_it_before_the_first_batch()
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network);
        var ids = Ids(3 * ClayLimits.DeleteBatchSize);
        ids[^1] = "..";

        await Assert.ThrowsAnyAsync<ArgumentException>(() => clay.Tables.DeleteRecordsAsync("t_1", (IEnumerable<string>)ids));

        Assert.Empty(network.Requests);
    }

    [Fact]
    public async Task A_failed_batch_says_how_many_ids_were_already_deleted()
    {
        var calls = 0;
        var failing = new RecordingHandler(_ => Interlocked.Increment(ref calls) == 2
            ? RecordingHandler.Json("""{"message":"boom"}""", HttpStatusCode.BadRequest)
            : RecordingHandler.Json("{}"));
        using var clay = TestClients.Create(failing);

        var ex = await Assert.ThrowsAsync<ClayValidationException>(() => clay.Tables.DeleteRecordsAsync("t_1", (IEnumerable<string>)Ids(3 * ClayLimits.DeleteBatchSize)));

        Assert.Equal(ClayLimits.DeleteBatchSize, ex.Data["ClayGen.RecordsDeleted"]);
        Assert.Equal(2, failing.Requests.Count);
    }

    [Fact]
    public async Task Bulk_add_never_sends_more_rows_than_its_batch_size_and_refuses_a_batch_size_over_the_limit()
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json("""{"records":[]}"""));
        using var clay = TestClients.Create(network);

        await clay.Tables.AddRecordsInBatchesAsync("t_1", Enumerable.Range(0, 1_050).Select(Row).ToAsyncEnumerable(), new BulkAddOptions<long> { MaxConcurrency = 1 });

        var sizes = network.Requests.Select(r => JObject.Parse(r.Body!)["records"]!.Count()).ToList();
        Assert.Equal(1_050, sizes.Sum());
        Assert.All(sizes, s => Assert.InRange(s, 1, ClayLimits.DefaultAddBatchSize));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => clay.Tables.AddRecordsInBatchesAsync(
            "t_1", Enumerable.Range(0, 1).Select(Row).ToAsyncEnumerable(), new BulkAddOptions<long> { BatchSize = ClayLimits.MaxRecordsPerRequest + 1 }));
        Assert.Contains("ClayLimits.MaxRecordsPerRequest", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyDictionary<string, object?> Row(int i) => new Dictionary<string, object?> { ["f_a"] = "row " + i };

    private static List<string> Ids(int count) => Enumerable.Range(0, count).Select(i => "r_" + i).ToList();
}
