using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.Tests.Reliability;

[CollectionDefinition(nameof(SoakCollection), DisableParallelization = true)]
public sealed class SoakCollection;

/// <summary>
/// Thousands of mixed calls against a Clay stand-in that fails (each call's answers drawn from a fixed seed),
/// expires the session now and then, sometimes acts before failing, and sometimes never answers. No wall
/// time is involved: an answer that never comes times out because the server fires that attempt's timeout
/// (<see cref="AttemptTimeoutSwitch"/>). The books must balance, and every count is exact.
/// </summary>
[Collection(nameof(SoakCollection))]
public sealed class SoakTests : IDisposable
{
    private const int Operations = 2000;
    private const int Seed = 20240611;
    private const string Ok = "ok";
    private const string Hang = "hang";

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Failures after which Clay may or may not have acted: the caller is told the outcome is unknown.</summary>
    private static readonly Type[] OutcomeUnknown =
        [typeof(ClayServerException), typeof(ClayUnexpectedResponseException), typeof(ClayTimeoutException), typeof(ClayConnectionException)];

    /// <summary>Failures after which Clay certainly did not act.</summary>
    private static readonly Type[] NotApplied = [typeof(ClayRateLimitedException), typeof(ClayAuthenticationException)];

    private readonly ClayFakeServer _clay = ClayFakeServer.Start();
    private readonly AttemptTimeoutSwitch _timeouts = new(AttemptTimeout);
    private readonly CancellationTokenSource _testOver = new();
    private readonly ConcurrentDictionary<string, int> _committedRecords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _committedRuns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, int> _arrivals = new();
    private readonly ConcurrentDictionary<int, string> _lastAnswers = new();
    private readonly object _sessionLock = new();
    private string _validSession = ClayFakeServer.StaleSessionValue;
    private int _sessionsIssued;
    private int _needlessLogins;
    private int _expiries;
    private int _hangs;
    private long _recordsStored;

    public void Dispose()
    {
        // Answers held open end first, so stopping the server does not wait for them.
        _testOver.Cancel();
        _clay.Dispose();
        _testOver.Dispose();
    }

    [Fact]
    public async Task Thousands_of_calls_with_random_faults_raise_only_documented_exceptions_and_never_duplicate_or_lose_records()
    {
        GivenFaultyClay();
        using var logs = new LogCapture();
        using var client = _clay.CreateClientWithCredentials(o =>
        {
            o.MaxRetries = 3;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(5);
            o.AttemptTimeout = AttemptTimeout;
            o.Timeout = TimeSpan.FromHours(1);
            o.TimeProvider = _timeouts;
            o.PrimaryHandler = new OperationHeaderHandler(ClayGen.Http.ClayHttpPipeline.CreatePrimaryHandler());
            o.LoggerFactory = logs.Factory;
        });
        var plan = new Random(Seed);
        var ops = Enumerable.Range(0, Operations).Select(i => (Index: i, Kind: plan.Next(100), Rows: 1 + plan.Next(5))).ToList();
        var outcomes = new ConcurrentBag<Outcome>();

        await Parallel.ForEachAsync(ops, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (op, ct) =>
        {
            AttemptTimeoutSwitch.Operation = op.Index;
            var marker = "op-" + op.Index.ToString(CultureInfo.InvariantCulture);
            try
            {
                switch (op.Kind)
                {
                    case < 40:
                        var rows = Enumerable.Range(0, op.Rows)
                            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["f_op"] = marker, ["f_row"] = r })
                            .ToList();
                        var added = await client.Tables.AddRecordsAsync(ClayFakeServer.TableId, rows, ct);
                        outcomes.Add(new Outcome(op.Index, marker, "addRecords", op.Rows, added.Records?.Count ?? -1, null));
                        break;
                    case < 50:
                        await client.Tables.RunEnrichmentAsync(ClayFakeServer.TableId, ["f_" + marker.Replace('-', '_')], RunRecords.WholeView(ClayFakeServer.ViewId), cancellationToken: ct);
                        outcomes.Add(new Outcome(op.Index, marker, "runEnrichment", 0, 0, null));
                        break;
                    case < 75:
                        await client.Tables.CountRowsAsync(ClayFakeServer.TableId, ct);
                        outcomes.Add(new Outcome(op.Index, marker, "countRows", 0, 0, null));
                        break;
                    case < 90:
                        await client.Tables.GetRecordIdsAsync(ClayFakeServer.TableId, ClayFakeServer.ViewId, ct);
                        outcomes.Add(new Outcome(op.Index, marker, "listRecordIds", 0, 0, null));
                        break;
                    default:
                        await client.Tables.DeleteRecordsAsync(ClayFakeServer.TableId, ["r_" + op.Index.ToString(CultureInfo.InvariantCulture)], ct);
                        outcomes.Add(new Outcome(op.Index, marker, "deleteRecords", 0, 0, null));
                        break;
                }
            }
#pragma warning disable CA1031 // Every exception is recorded: an undocumented type is exactly what this test looks for.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                outcomes.Add(new Outcome(op.Index, marker, op.Kind < 40 ? "addRecords" : op.Kind < 50 ? "runEnrichment" : "read", op.Kind < 40 ? op.Rows : 0, 0, ex));
            }
        });

        // Every call ended, each exactly once.
        var all = outcomes.ToList();
        Assert.Equal(Enumerable.Range(0, Operations), all.Select(o => o.Index).Order());

        // Only documented exception types, and each free of secrets.
        var undocumented = all.Where(o => o.Error is not null && !OutcomeUnknown.Contains(o.Error.GetType()) && !NotApplied.Contains(o.Error.GetType())).ToList();
        Assert.True(undocumented.Count == 0, "undocumented exceptions: " + string.Join("\n", undocumented.Take(5).Select(o => o.Error!.ToString())));
        Assert.All(all.Where(o => o.Error is not null).Take(200), o => Secrets.AssertNone(o.Error!));

        // Each call's outcome is the one its last answer calls for: a complete answer is a success, and only
        // an answer that never came is a timeout.
        Assert.All(all, o => Assert.True(
            (o.Error is null) == (_lastAnswers.GetValueOrDefault(o.Index) == Ok),
            $"{o.Marker}: last answer {_lastAnswers.GetValueOrDefault(o.Index)}, outcome {o.Error?.GetType().Name ?? "success"}"));
        Assert.All(all.Where(o => o.Error is ClayTimeoutException), o => Assert.Equal(Hang, _lastAnswers[o.Index]));

        // Nothing duplicated: no write was applied twice, however often it was retried or replayed.
        Assert.All(_committedRecords, kv => Assert.True(kv.Value == 1, $"{kv.Key} was added {kv.Value} times"));
        Assert.All(_committedRuns, kv => Assert.True(kv.Value == 1, $"{kv.Key} was run {kv.Value} times"));

        // Nothing silently lost: every write the caller was told succeeded is there, with every row.
        var adds = all.Where(o => o.Operation == "addRecords").ToList();
        var confirmed = adds.Where(o => o.Error is null).ToList();
        Assert.All(confirmed, o =>
        {
            Assert.Equal(o.RowsSent, o.RowsConfirmed);
            Assert.True(_committedRecords.ContainsKey(o.Marker), $"{o.Marker} was confirmed but never stored");
        });
        Assert.All(all.Where(o => o.Operation == "runEnrichment" && o.Error is null), o => Assert.True(_committedRuns.ContainsKey(o.Marker)));

        // The books balance: what Clay stored is what the caller was told was added, plus the writes
        // whose outcome the caller was told is unknown. A "certainly not applied" failure never hides a write.
        var unknownButStored = adds.Where(o => o.Error is not null && _committedRecords.ContainsKey(o.Marker)).ToList();
        Assert.All(unknownButStored, o => Assert.Contains(o.Error!.GetType(), OutcomeUnknown));
        Assert.Equal(Interlocked.Read(ref _recordsStored), confirmed.Sum(o => (long)o.RowsConfirmed) + unknownButStored.Sum(o => (long)o.RowsSent));

        // The faults really happened.
        Assert.Contains(all, o => o.Error is ClayUnexpectedResponseException);
        Assert.Contains(all, o => o.Error is ClayServerException);
        Assert.Contains(all, o => o.Error is ClayTimeoutException);
        Assert.NotEqual(0, _hangs);
        Assert.NotEqual(0, _expiries);

        // Re-logins were single-flight and bounded: no login replaced a live session, and every expiry was
        // repaired by exactly one login (but for one at the very end that no later request ran into).
        lock (_sessionLock)
        {
            var unrepaired = _validSession.StartsWith("expired-", StringComparison.Ordinal) ? 1 : 0;
            Assert.Equal(0, _needlessLogins);
            Assert.Equal(_expiries - unrepaired, _sessionsIssued);
            Assert.Equal(_sessionsIssued, _clay.CountRequests(ClayFakeServer.LoginPath));
        }

        foreach (var record in logs.Records)
        {
            Secrets.AssertNone(LogCapture.Everything(record), "log record");
        }
    }

    private void GivenFaultyClay()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.LoginPath).UsingPost()).RespondWith(Response.Create().WithCallback(_ =>
        {
            lock (_sessionLock)
            {
                if (!_validSession.StartsWith("expired-", StringComparison.Ordinal))
                {
                    _needlessLogins++;
                }

                _validSession = $"s%3AsoakSession{++_sessionsIssued}.SoakSignature";
                return ClayFakeServer.JsonMessage(200, "{}", ("Set-Cookie", $"claysession={_validSession}; Path=/; HttpOnly"));
            }
        }));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost()).RespondWith(Response.Create().WithCallback(req => Answer(req, AddRecords)));
        _clay.Server.Given(Request.Create().WithPath("/v3/tables/" + ClayFakeServer.TableId + "/run").UsingPatch()).RespondWith(Response.Create().WithCallback(req => Answer(req, RunEnrichment)));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath).UsingGet()).RespondWith(Response.Create().WithCallback(req => Answer(req, (op, fate, _) => Read(op, fate, "{\"tableTotalRecordsCount\":" + Interlocked.Read(ref _recordsStored).ToString(CultureInfo.InvariantCulture) + "}"))));
        _clay.Server.Given(Request.Create().WithPath($"/v3/tables/{ClayFakeServer.TableId}/views/{ClayFakeServer.ViewId}/records/ids").UsingGet())
            .RespondWith(Response.Create().WithCallback(req => Answer(req, (op, fate, _) => Read(op, fate, """{"results":["search","r_1","r_2"]}"""))));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingDelete()).RespondWith(Response.Create().WithCallback(req => Answer(req, (op, fate, _) => Read(op, fate, "{}"))));
    }

    /// <summary>
    /// Checks the session, then draws this request's fate from the operation and how many of its requests got
    /// this far: the same call meets the same answers in every run, whatever the other calls do meanwhile.
    /// </summary>
    private async Task<IResponseMessage> Answer(IRequestMessage request, Func<int, int, IRequestMessage, Task<IResponseMessage>> operation)
    {
        var op = int.Parse(request.Headers![OperationHeaderHandler.Header][0], CultureInfo.InvariantCulture);
        var cookie = request.Headers.TryGetValue("Cookie", out var values) ? values.FirstOrDefault() : null;
        int fate;
        lock (_sessionLock)
        {
            if (cookie != "claysession=" + _validSession)
            {
                _lastAnswers[op] = "401";
                return ClayFakeServer.JsonMessage(401, """{"message":"Unauthorized"}""");
            }

            var arrival = _arrivals.AddOrUpdate(op, 1, (_, n) => n + 1);
            var draw = new Random(Seed + (op * 1000) + arrival);
            if (draw.Next(100) < 1)
            {
                _expiries++;
                _validSession = "expired-" + _expiries.ToString(CultureInfo.InvariantCulture);
                _lastAnswers[op] = "401";
                return ClayFakeServer.JsonMessage(401, """{"message":"Session expired"}""");
            }

            fate = draw.Next(100);
        }

        return await operation(op, fate, request);
    }

    private Task<IResponseMessage> AddRecords(int op, int fate, IRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Body!);
        var records = body.RootElement.GetProperty("records");
        var marker = records[0].GetProperty("cells").GetProperty("f_op").GetString()!;
        var rows = records.GetArrayLength();
        return Write(op, fate, rows, () =>
        {
            _committedRecords.AddOrUpdate(marker, 1, (_, n) => n + 1);
            Interlocked.Add(ref _recordsStored, rows);
        }, marker);
    }

    private Task<IResponseMessage> RunEnrichment(int op, int fate, IRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Body!);
        var marker = body.RootElement.GetProperty("fieldIds")[0].GetString()!.Replace("f_op_", "op-", StringComparison.Ordinal);
        return Write(op, fate, 0, () => _committedRuns.AddOrUpdate(marker, 1, (_, n) => n + 1), marker);
    }

    /// <summary>A write that may be rejected before acting, or act and then fail to answer properly, or never answer.</summary>
    private async Task<IResponseMessage> Write(int op, int fate, int rows, Action commit, string marker)
    {
        switch (fate)
        {
            case < 10:
                return Answered(op, "429", ClayFakeServer.JsonMessage(429, "{}", ("Retry-After", "0")));
            case < 18:
                return Answered(op, "503", ClayFakeServer.JsonMessage(503, """{"message":"try later"}"""));
        }

        commit();
        var records = string.Join(",", Enumerable.Range(0, rows).Select(i => $$$"""{"id":"r_{{{marker}}}_{{{i}}}","cells":{}}"""));
        var ok = $$"""{"records":[{{records}}],"recordCount":1}""";
        return fate switch
        {
            < 24 => Answered(op, "5xx", ClayFakeServer.JsonMessage(fate < 21 ? 500 : 502, """{"message":"internal"}""")),
            < 28 => Answered(op, "malformed", WithFault(ClayFakeServer.JsonMessage(200, ok), FaultType.MALFORMED_RESPONSE_CHUNK)),
            < 31 => Answered(op, "empty", WithFault(ClayFakeServer.JsonMessage(200, ok), FaultType.EMPTY_RESPONSE)),
            < 33 => Answered(op, "truncated", ClayFakeServer.JsonMessage(200, ok[..(ok.Length / 2)])),
            < 35 => await NeverAnswerAsync(op),
            _ => Answered(op, Ok, ClayFakeServer.JsonMessage(200, ok)),
        };
    }

    /// <summary>A read: transient failures (retried), broken bodies (reported), no answer, or the answer.</summary>
    private async Task<IResponseMessage> Read(int op, int fate, string json) => fate switch
    {
        < 10 => Answered(op, "503", ClayFakeServer.JsonMessage(503, "{}")),
        < 14 => Answered(op, "429", ClayFakeServer.JsonMessage(429, "{}", ("Retry-After", "0"))),
        < 16 => Answered(op, "502", ClayFakeServer.JsonMessage(502, "<html><title>502 Bad Gateway</title></html>")),
        < 18 => Answered(op, "malformed", WithFault(ClayFakeServer.JsonMessage(200, json), FaultType.MALFORMED_RESPONSE_CHUNK)),
        < 19 => await NeverAnswerAsync(op),
        _ => Answered(op, Ok, ClayFakeServer.JsonMessage(200, json)),
    };

    private ResponseMessage Answered(int op, string answer, ResponseMessage message)
    {
        _lastAnswers[op] = answer;
        return message;
    }

    /// <summary>Holds the answer until the test is over, after timing out the attempt that waits for it: nothing else can end that attempt.</summary>
    private async Task<IResponseMessage> NeverAnswerAsync(int op)
    {
        _lastAnswers[op] = Hang;
        Interlocked.Increment(ref _hangs);
        _timeouts.TimeOut(op);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, _testOver.Token);
        }
        catch (OperationCanceledException)
        {
            // The test is over; stop holding the connection open.
        }

        return ClayFakeServer.JsonMessage(503, "{}");
    }

    private static ResponseMessage WithFault(ResponseMessage message, FaultType fault)
    {
        message.FaultType = fault;
        return message;
    }

    private sealed record Outcome(int Index, string Marker, string Operation, int RowsSent, int RowsConfirmed, Exception? Error);
}
