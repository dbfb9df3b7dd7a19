using System.Collections.Concurrent;
using ClayGen.Sandbox;

namespace ClayGen.Tests.Bulk;

/// <summary>
/// <see cref="ITablesClient.AddRecordsInBatchesAsync"/> against the stateful sandbox, which counts what
/// really arrived: every row ends up added, skipped or in a reported batch, and none arrives twice.
/// </summary>
public sealed class AddRecordsInBatchesTests
{
    [Fact]
    public async Task Every_row_is_added_once_in_batches_of_the_chosen_size()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var clay = Client(sandbox);
        var reported = new ConcurrentBag<BulkAddBatch<long>>();
        var progress = new ConcurrentBag<BulkAddProgress>();

        var result = await clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, Rows(sandbox, 1_050), new BulkAddOptions<long>
        {
            BatchSize = 100,
            MaxConcurrency = 4,
            Progress = new SynchronousProgress<BulkAddProgress>(progress.Add),
            OnBatchCompleted = (batch, _) => { reported.Add(batch); return ValueTask.CompletedTask; },
        });

        Assert.Equal(1_050, result.RowsAdded);
        Assert.Empty(result.FailedBatches);
        Assert.Equal(1_050, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal(11, sandbox.Requests.Count(r => IsAddRecords(r, sandbox)));
        Assert.Equal(Enumerable.Range(0, 11).Select(i => i * 100L), reported.Select(b => b.FirstRowIndex).Order());
        Assert.All(reported, b => Assert.Equal(b.Rows.Count, b.Records.Count));
        Assert.Equal(50, reported.Single(b => b.FirstRowIndex == 1_000).Rows.Count);
        Assert.Contains(progress, p => p.RowsAdded == 1_050 && p.BatchesCompleted == 11);
    }

    [Fact]
    public async Task Skipped_rows_are_not_sent_and_batches_keep_their_place_in_the_input()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var clay = Client(sandbox);
        var reported = new ConcurrentBag<BulkAddBatch<long>>();

        var result = await clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, Rows(sandbox, 500), new BulkAddOptions<long>
        {
            BatchSize = 100,
            SkipRows = 250,
            OnBatchCompleted = (batch, _) => { reported.Add(batch); return ValueTask.CompletedTask; },
        });

        Assert.Equal(250, result.RowsAdded);
        Assert.Equal(250, result.RowsSkipped);
        Assert.Equal(250, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal([250L, 350L, 450L], reported.Select(b => b.FirstRowIndex).Order());
        Assert.Equal("row 250", reported.Single(b => b.FirstRowIndex == 250).Rows[0].Cells[sandbox.FieldIds[0]]);
    }

    [Fact]
    public async Task Each_row_carries_its_callers_key_to_sending_and_to_its_outcome()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var clay = Client(sandbox);
        sandbox.Faults.FailWhen(r => IsAddRecords(r, sandbox) && r.Body?.Contains("\"line 7\"", StringComparison.Ordinal) == true, 400, "Invalid value");
        var sending = new ConcurrentQueue<string[]>();
        var completed = new ConcurrentBag<BulkAddBatch<string>>();
        var requestsWhenSending = new ConcurrentBag<int>();

        var result = await clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, KeyedRows(sandbox, 10), new BulkAddOptions<string>
        {
            BatchSize = 3,
            MaxConcurrency = 1,
            OnBatchSending = (rows, _) =>
            {
                requestsWhenSending.Add(sandbox.Requests.Count(r => IsAddRecords(r, sandbox)));
                sending.Enqueue([.. rows.Select(r => r.Key)]);
                return ValueTask.CompletedTask;
            },
            OnBatchCompleted = (batch, _) =>
            {
                completed.Add(batch);
                return ValueTask.CompletedTask;
            },
        });

        // Announced before each request went out, in order, with the caller's keys.
        Assert.Equal([["line 1", "line 2", "line 3"], ["line 4", "line 5", "line 6"], ["line 7", "line 8", "line 9"], ["line 10"]], sending);
        Assert.Equal([0, 1, 2, 3], requestsWhenSending.Order());
        var failed = Assert.Single(result.FailedBatches);
        Assert.Equal(["line 7", "line 8", "line 9"], failed.Rows.Select(r => r.Key));
        Assert.Equal(BulkAddOutcome.Rejected, failed.Outcome);
        Assert.Equal(7, result.RowsAdded);
        Assert.Equal(10, completed.Sum(b => b.Rows.Count));
    }

    [Fact]
    public async Task A_rejected_batch_and_a_failed_one_are_reported_apart_and_neither_is_retried()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var clay = Client(sandbox);
        sandbox.Faults.FailNext(1, 400);

        var first = await clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, Rows(sandbox, 300), new BulkAddOptions<long> { BatchSize = 100, MaxConcurrency = 1 });
        sandbox.Faults.FailNext(1, 500);
        var second = await clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, Rows(sandbox, 300), new BulkAddOptions<long> { BatchSize = 100, MaxConcurrency = 1 });

        var rejected = Assert.Single(first.FailedBatches);
        Assert.Equal(BulkAddOutcome.Rejected, rejected.Outcome);
        Assert.IsType<ClayValidationException>(rejected.Error);
        var unknown = Assert.Single(second.FailedBatches);
        Assert.Equal(BulkAddOutcome.Unknown, unknown.Outcome);
        Assert.IsType<ClayServerException>(unknown.Error);
        Assert.Equal(200, first.RowsAdded);
        Assert.Equal(200, second.RowsAdded);
        Assert.Equal(400, sandbox.TotalRecordCount(sandbox.TableId));

        // Three batches per run, each sent once: a write that may have reached Clay is never resent.
        Assert.Equal(6, sandbox.Requests.Count(r => IsAddRecords(r, sandbox)));
    }

    [Fact]
    public async Task Cancelling_abandons_the_batches_in_flight_reports_them_as_unknown_and_sends_nothing_more()
    {
        // Clay receives every batch (and would add its rows) but answers none until the test is over.
        var clayReceived = new ConcurrentBag<int>();
        var allThreeArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var network = new HoldingNetwork(rows =>
        {
            clayReceived.Add(rows);
            if (clayReceived.Count == 3)
            {
                allThreeArrived.TrySetResult();
            }
        });
        using var clay = TestClients.Create(network);
        using var cancel = new CancellationTokenSource();
        var reported = new ConcurrentBag<BulkAddBatch<long>>();

        var run = clay.Tables.AddRecordsInBatchesAsync("t_1", Enumerable.Range(0, 1_000).Select(Row).ToAsyncEnumerable(), new BulkAddOptions<long>
        {
            BatchSize = 10,
            MaxConcurrency = 3,
            OnBatchCompleted = (batch, _) => { reported.Add(batch); return ValueTask.CompletedTask; },
        }, cancel.Token);
        await allThreeArrived.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        // The three batches on the wire are reported, as Unknown: Clay received their rows and may add them.
        Assert.Equal(3, reported.Count);
        Assert.All(reported, b => Assert.Equal(BulkAddOutcome.Unknown, b.Outcome));
        Assert.Equal([0L, 10L, 20L], reported.Select(b => b.FirstRowIndex).Order());
        Assert.Equal(clayReceived.Sum(), reported.Sum(b => b.Rows.Count));

        // No fourth batch was started after the cancellation: the run is over, so the count is final.
        Assert.Equal(3, network.Received);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_sent()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var clay = Client(sandbox);

        await Assert.ThrowsAsync<ArgumentException>("tableId", () => clay.Tables.AddRecordsInBatchesAsync(" ", Rows(sandbox, 1)));
        await Assert.ThrowsAsync<ArgumentNullException>("rows", () => clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, Rows(sandbox, 1), new BulkAddOptions<long> { BatchSize = 0 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => clay.Tables.AddRecordsInBatchesAsync(sandbox.TableId, Rows(sandbox, 1), new BulkAddOptions<long> { MaxConcurrency = 0 }));
        Assert.Equal(0, sandbox.RequestCount);
    }

    private static ClayClient Client(ClaySandbox sandbox, HttpMessageHandler? network = null) => new(new ClayClientOptions
    {
        BaseAddress = sandbox.BaseAddress,
        Session = ClaySession.FromCookie(sandbox.Session),
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        PrimaryHandler = network,
    });

    private static bool IsAddRecords(ClaySandboxRequest request, ClaySandbox sandbox) =>
        request.Method == "POST" && request.Path == $"/v3/tables/{sandbox.TableId}/records";

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> Rows(ClaySandbox sandbox, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Dictionary<string, object?> { [sandbox.FieldIds[0]] = $"row {i}" };
        }
    }

    private static async IAsyncEnumerable<BulkAddRow<string>> KeyedRows(ClaySandbox sandbox, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return new BulkAddRow<string>($"line {i}", new Dictionary<string, object?> { [sandbox.FieldIds[0]] = $"line {i}" });
        }
    }

    private static IReadOnlyDictionary<string, object?> Row(int i) => new Dictionary<string, object?> { ["f_a"] = $"row {i}" };

    /// <summary>An in-memory Clay that receives each request (counting its rows) and answers none until cancelled.</summary>
    private sealed class HoldingNetwork(Action<int> onReceived) : HttpMessageHandler
    {
        private int _received;

        public int Received => Volatile.Read(ref _received);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = Newtonsoft.Json.Linq.JObject.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            Interlocked.Increment(ref _received);
            onReceived(body["records"]!.Count());
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
