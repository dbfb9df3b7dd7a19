using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>Reads and deletes retry transient failures; writes that create or spend retry only when Clay certainly did not act.</summary>
public sealed class RetryTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, object?>[] OneRow = [new Dictionary<string, object?> { ["f_name"] = "Acme" }];

    private readonly ClayFakeServer _clay = ClayFakeServer.Start();

    public void Dispose() => _clay.Dispose();

    [Fact]
    public async Task A_read_answered_503_503_200_succeeds_after_three_requests()
    {
        _clay.GivenSequence(ClayFakeServer.CountPath, ClayFakeServer.Json(503, "{}"), ClayFakeServer.Json(503, "{}"), ClayFakeServer.Json(200, """{"tableTotalRecordsCount":9}"""));
        using var client = _clay.CreateClient();

        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(9, count.Total);
        Assert.Equal(3, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_read_is_retried_on_a_transient_status(int status)
    {
        _clay.GivenSequence(ClayFakeServer.CountPath, ClayFakeServer.Json(status, "{}"), ClayFakeServer.Json(200, """{"count":4}"""));
        using var client = _clay.CreateClient();

        var count = await client.Tables.CountRowsAsync(ClayFakeServer.TableId);

        Assert.Equal(4, count.Total);
        Assert.Equal(2, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task A_read_is_not_retried_on_a_status_that_will_not_change(int status)
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(ClayFakeServer.Json(status, "{}"));
        using var client = _clay.CreateClient();

        await Assert.ThrowsAnyAsync<ClayApiException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task An_idempotent_delete_is_retried_on_a_server_error()
    {
        _clay.GivenSequence(ClayFakeServer.RecordsPath, ClayFakeServer.Json(502, "{}"), ClayFakeServer.Json(200, "{}"));
        using var client = _clay.CreateClient();

        await client.Tables.DeleteRecordsAsync(ClayFakeServer.TableId, ["r_1", "r_2"]);

        var sent = _clay.RequestsTo(ClayFakeServer.RecordsPath);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, e => Assert.Equal("DELETE", e.RequestMessage!.Method));
    }

    [Fact]
    public async Task The_retries_stop_after_MaxRetries()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(ClayFakeServer.Json(503, """{"message":"down"}"""));
        using var client = _clay.CreateClient(o => o.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<ClayServerException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(3, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    [Fact]
    public async Task MaxRetries_zero_sends_once()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(ClayFakeServer.Json(503, "{}"));
        using var client = _clay.CreateClient(o => o.MaxRetries = 0);

        await Assert.ThrowsAsync<ClayServerException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.CountPath));
    }

    public static TheoryData<string, string, string> UnsafeWrites => new()
    {
        { "addRecords", "POST", ClayFakeServer.RecordsPath },
        { "runEnrichment", "PATCH", "/v3/tables/" + ClayFakeServer.TableId + "/run" },
        { "createFolder", "POST", "/v3/workspaces/712043/folders" },
        { "createWorkbook", "POST", "/v3/workbooks" },
        { "login", "POST", ClayFakeServer.LoginPath },
    };

    [Theory]
    [MemberData(nameof(UnsafeWrites))]
    public async Task A_server_error_on_a_write_that_creates_or_spends_is_not_retried(string operation, string method, string path)
    {
        _clay.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(ClayFakeServer.Json(500, """{"message":"boom"}"""));
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAnyAsync<ClayApiException>(() => Invoke(client, operation));

        Assert.IsAssignableFrom<ClayServerException>(ex.InnerException as ClayServerException ?? ex);
        var sent = Assert.Single(_clay.Server.LogEntries);
        Assert.Equal(method, sent.RequestMessage!.Method);
        Assert.Equal(path, sent.RequestMessage.Path);
    }

    [Theory]
    [MemberData(nameof(UnsafeWrites))]
    public async Task A_429_on_a_write_that_creates_or_spends_is_retried(string operation, string method, string path)
    {
        _clay.GivenSequence(path, ClayFakeServer.Json(429, "{}").WithHeader("Retry-After", "0"), SuccessFor(operation));
        using var client = _clay.CreateClient();

        await Invoke(client, operation);

        var sent = _clay.RequestsTo(path);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, e => Assert.Equal(method, e.RequestMessage!.Method));
        Assert.Equal(sent[0].RequestMessage!.Body, sent[1].RequestMessage!.Body);
    }

    [Fact]
    public async Task A_500_on_adding_records_is_reported_as_a_server_error_after_exactly_one_request()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost()).RespondWith(ClayFakeServer.Json(500, "{}"));
        using var client = _clay.CreateClient(o => o.MaxRetries = 5);

        var ex = await Assert.ThrowsAsync<ClayServerException>(() => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow));

        Assert.Equal("addRecords", ex.OperationId);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.RecordsPath));
    }

    /// <summary>
    /// Puts the client on <paramref name="time"/>, with timeouts of hours so that every timer of a
    /// minute or less is a backoff wait.
    /// </summary>
    internal static void OnFakeClock(ClayClientOptions options, RecordingTimeProvider time, TimeSpan? baseDelay = null)
    {
        options.TimeProvider = time;
        options.AttemptTimeout = TimeSpan.FromHours(1);
        options.Timeout = TimeSpan.FromHours(2);
        options.RetryBaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(500);
        options.RetryMaxDelay = TimeSpan.FromSeconds(30);
    }

    internal static IResponseBuilder SuccessFor(string operation) => operation switch
    {
        "addRecords" => ClayFakeServer.Json(200, """{"records":[{"id":"r_1","cells":{}}]}"""),
        "runEnrichment" => ClayFakeServer.Json(200, """{"recordCount":1,"runMode":"INDIVIDUAL"}"""),
        "createFolder" => ClayFakeServer.Json(200, """{"id":"f_1","name":"Leads"}"""),
        "createWorkbook" => ClayFakeServer.Json(200, """{"id":"wb_1","name":"Leads"}"""),
        "login" => ClayFakeServer.Json(200, "{}").WithHeader("Set-Cookie", $"claysession={ClayFakeServer.FreshSessionValue}; Path=/"),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static Task Invoke(ClayClient client, string operation) => operation switch
    {
        "addRecords" => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, OneRow),
        "runEnrichment" => client.Tables.RunEnrichmentAsync(ClayFakeServer.TableId, ["f_one"], RunRecords.WholeView(ClayFakeServer.ViewId)),
        "createFolder" => client.Folders.CreateFolderAsync(712043, "Leads"),
        "createWorkbook" => client.Workbooks.CreateWorkbookAsync(712043, "Leads"),
        "login" => client.LoginAsync(ClayFakeServer.Email, ClayFakeServer.Password),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
