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
/// Thousands of mixed calls against a Clay stand-in that fails at random (fixed seed), expires the
/// session now and then, and sometimes acts before failing. The books must balance.
/// </summary>
[Collection(nameof(SoakCollection))]
public sealed class SoakTests : IDisposable
{
    private const int Operations = 2000;
    private const int Seed = 20240611;

    /// <summary>Failures after which Clay may or may not have acted: the caller is told the outcome is unknown.</summary>
    private static readonly Type[] OutcomeUnknown =
        [typeof(ClayServerException), typeof(ClayUnexpectedResponseException), typeof(ClayTimeoutException), typeof(ClayConnectionException)];

    /// <summary>Failures after which Clay certainly did not act.</summary>
    private static readonly Type[] NotApplied = [typeof(ClayRateLimitedException), typeof(ClayAuthenticationException)];

    private readonly ClayFakeServer _clay = ClayFakeServer.Start();
    private readonly Random _faults = new(Seed);
    private readonly ConcurrentDictionary<string, int> _committedRecords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _committedRuns = new(StringComparer.Ordinal);
    private readonly object _sessionLock = new();
    private string _validSession = ClayFakeServer.StaleSessionValue;
    private int _sessionsIssued;
    private bool _validSessionUsed;
    private int _needlessLogins;
    private int _expiries;
    private long _recordsStored;

    public void Dispose() => _clay.Dispose();

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
            o.AttemptTimeout = TimeSpan.FromMilliseconds(250);
            o.Timeout = TimeSpan.FromSeconds(10);
            o.LoggerFactory = logs.Factory;
        });
        var plan = new Random(Seed);
        var ops = Enumerable.Range(0, Operations).Select(i => (Index: i, Kind: plan.Next(100), Rows: 1 + plan.Next(5))).ToList();
        var outcomes = new ConcurrentBag<Outcome>();

        await Parallel.ForEachAsync(ops, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (op, ct) =>
        {
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
                        outcomes.Add(new Outcome(marker, "addRecords", op.Rows, added.Records?.Count ?? -1, null));
                        break;
                    case < 50:
                        await client.Tables.RunEnrichmentAsync(ClayFakeServer.TableId, ["f_" + marker.Replace('-', '_')], RunRecords.WholeView(ClayFakeServer.ViewId), cancellationToken: ct);
                        outcomes.Add(new Outcome(marker, "runEnrichment", 0, 0, null));
                        break;
                    case < 75:
                        await client.Tables.CountRowsAsync(ClayFakeServer.TableId, ct);
                        outcomes.Add(new Outcome(marker, "countRows", 0, 0, null));
                        break;
                    case < 90:
                        await client.Tables.GetRecordIdsAsync(ClayFakeServer.TableId, ClayFakeServer.ViewId, ct);
                        outcomes.Add(new Outcome(marker, "listRecordIds", 0, 0, null));
                        break;
                    default:
                        await client.Tables.DeleteRecordsAsync(ClayFakeServer.TableId, ["r_" + op.Index.ToString(CultureInfo.InvariantCulture)], ct);
                        outcomes.Add(new Outcome(marker, "deleteRecords", 0, 0, null));
                        break;
                }
            }
#pragma warning disable CA1031 // Every exception is recorded: an undocumented type is exactly what this test looks for.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                outcomes.Add(new Outcome(marker, op.Kind < 40 ? "addRecords" : op.Kind < 50 ? "runEnrichment" : "read", op.Kind < 40 ? op.Rows : 0, 0, ex));
            }
        });

        var all = outcomes.ToList();
        Assert.Equal(Operations, all.Count);

        // Only documented exception types, and each free of secrets.
        var undocumented = all.Where(o => o.Error is not null && !OutcomeUnknown.Contains(o.Error.GetType()) && !NotApplied.Contains(o.Error.GetType())).ToList();
        Assert.True(undocumented.Count == 0, "undocumented exceptions: " + string.Join("\n", undocumented.Take(5).Select(o => o.Error!.ToString())));
        Assert.All(all.Where(o => o.Error is not null).Take(200), o => Secrets.AssertNone(o.Error!));

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

        // The faults really happened, the session really expired, and re-logins were shared.
        Assert.True(all.Count(o => o.Error is null) > Operations / 2, "too few successes");
        Assert.Contains(all, o => o.Error is ClayUnexpectedResponseException);
        Assert.Contains(all, o => o.Error is ClayServerException);
        Assert.Contains(all, o => o.Error is ClayTimeoutException);
        Assert.True(_expiries >= 5, $"only {_expiries} session expiries");

        // Re-logins were shared: no login ever replaced a session the client had already used and
        // Clay still accepted. (A login the client abandoned, e.g. on its attempt timeout, hands out a
        // session no request ever carries; the login after it is needed, so it is not counted.)
        Assert.True(_clay.CountRequests(ClayFakeServer.LoginPath) >= 1, "no re-login happened");
        Assert.Equal(0, _needlessLogins);
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
                if (_validSessionUsed && !_validSession.StartsWith("expired-", StringComparison.Ordinal))
                {
                    _needlessLogins++;
                }

                _validSessionUsed = false;
                _validSession = $"s%3AsoakSession{++_sessionsIssued}.SoakSignature";
                return ClayFakeServer.JsonMessage(200, "{}", ("Set-Cookie", $"claysession={_validSession}; Path=/; HttpOnly"));
            }
        }));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost()).RespondWith(Response.Create().WithCallback(req => Answer(req, AddRecords)));
        _clay.Server.Given(Request.Create().WithPath("/v3/tables/" + ClayFakeServer.TableId + "/run").UsingPatch()).RespondWith(Response.Create().WithCallback(req => Answer(req, RunEnrichment)));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath).UsingGet()).RespondWith(Response.Create().WithCallback(req => Answer(req, _ => Read("{\"tableTotalRecordsCount\":" + Interlocked.Read(ref _recordsStored).ToString(CultureInfo.InvariantCulture) + "}"))));
        _clay.Server.Given(Request.Create().WithPath($"/v3/tables/{ClayFakeServer.TableId}/views/{ClayFakeServer.ViewId}/records/ids").UsingGet())
            .RespondWith(Response.Create().WithCallback(req => Answer(req, _ => Read("""{"results":["search","r_1","r_2"]}"""))));
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingDelete()).RespondWith(Response.Create().WithCallback(req => Answer(req, _ => Read("{}"))));
    }

    /// <summary>Checks the session (expiring it now and then), then lets the operation answer.</summary>
    private async Task<IResponseMessage> Answer(IRequestMessage request, Func<IRequestMessage, Task<IResponseMessage>> operation)
    {
        var cookie = request.Headers is { } headers && headers.TryGetValue("Cookie", out var values) ? values.FirstOrDefault() : null;
        lock (_sessionLock)
        {
            if (cookie != "claysession=" + _validSession)
            {
                return ClayFakeServer.JsonMessage(401, """{"message":"Unauthorized"}""");
            }

            _validSessionUsed = true;

            if (Roll() < 1)
            {
                _expiries++;
                _validSession = "expired-" + _expiries.ToString(CultureInfo.InvariantCulture);
                return ClayFakeServer.JsonMessage(401, """{"message":"Session expired"}""");
            }
        }

        return await operation(request);
    }

    private Task<IResponseMessage> AddRecords(IRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Body!);
        var records = body.RootElement.GetProperty("records");
        var marker = records[0].GetProperty("cells").GetProperty("f_op").GetString()!;
        return Write(records.GetArrayLength(), () =>
        {
            _committedRecords.AddOrUpdate(marker, 1, (_, n) => n + 1);
            Interlocked.Add(ref _recordsStored, records.GetArrayLength());
        }, marker);
    }

    private Task<IResponseMessage> RunEnrichment(IRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Body!);
        var marker = body.RootElement.GetProperty("fieldIds")[0].GetString()!.Replace("f_op_", "op-", StringComparison.Ordinal);
        return Write(0, () => _committedRuns.AddOrUpdate(marker, 1, (_, n) => n + 1), marker);
    }

    /// <summary>A write that may be rejected before acting, or act and then fail to answer properly.</summary>
    private async Task<IResponseMessage> Write(int rows, Action commit, string marker)
    {
        var roll = Roll();
        switch (roll)
        {
            case < 10:
                return ClayFakeServer.JsonMessage(429, "{}", ("Retry-After", "0"));
            case < 18:
                return ClayFakeServer.JsonMessage(503, """{"message":"try later"}""");
        }

        commit();
        var records = string.Join(",", Enumerable.Range(0, rows).Select(i => $$$"""{"id":"r_{{{marker}}}_{{{i}}}","cells":{}}"""));
        var ok = $$"""{"records":[{{records}}],"recordCount":1}""";
        switch (roll)
        {
            case < 24:
                return ClayFakeServer.JsonMessage(roll < 21 ? 500 : 502, """{"message":"internal"}""");
            case < 28:
                return WithFault(ClayFakeServer.JsonMessage(200, ok), FaultType.MALFORMED_RESPONSE_CHUNK);
            case < 31:
                return WithFault(ClayFakeServer.JsonMessage(200, ok), FaultType.EMPTY_RESPONSE);
            case < 33:
                return ClayFakeServer.JsonMessage(200, ok[..(ok.Length / 2)]);
            case < 35:
                await Task.Delay(400);
                return ClayFakeServer.JsonMessage(200, ok);
            default:
                await Task.Delay(roll % 3);
                return ClayFakeServer.JsonMessage(200, ok);
        }
    }

    /// <summary>A read: transient failures (retried), broken bodies (reported), or the answer.</summary>
    private async Task<IResponseMessage> Read(string json)
    {
        var roll = Roll();
        switch (roll)
        {
            case < 10:
                return ClayFakeServer.JsonMessage(503, "{}");
            case < 14:
                return ClayFakeServer.JsonMessage(429, "{}", ("Retry-After", "0"));
            case < 16:
                return ClayFakeServer.JsonMessage(502, "<html><title>502 Bad Gateway</title></html>");
            case < 18:
                return WithFault(ClayFakeServer.JsonMessage(200, json), FaultType.MALFORMED_RESPONSE_CHUNK);
            case < 19:
                await Task.Delay(400);
                return ClayFakeServer.JsonMessage(200, json);
            default:
                await Task.Delay(roll % 3);
                return ClayFakeServer.JsonMessage(200, json);
        }
    }

    private static ResponseMessage WithFault(ResponseMessage message, FaultType fault)
    {
        message.FaultType = fault;
        return message;
    }

    private int Roll()
    {
        lock (_faults)
        {
            return _faults.Next(100);
        }
    }

    private sealed record Outcome(string Marker, string Operation, int RowsSent, int RowsConfirmed, Exception? Error);
}
