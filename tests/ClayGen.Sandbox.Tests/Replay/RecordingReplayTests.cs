using System.Globalization;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace ClayGen.Sandbox.Tests.Replay;

/// <summary>
/// Every contract recording's request (tests/ClayGen.ContractTests/Recordings, copied to the output)
/// sent to an in-memory sandbox in the state the case needs (<see cref="ReplaySandboxes"/>): method,
/// path, query and body, with the recording's ids mapped to the sandbox's. The sandbox must answer
/// with a status of the same class Clay did; which recordings are replayed, and how, follows from
/// Clay's status (<see cref="ReplayRule"/>).
/// </summary>
public class RecordingReplayTests(ReplaySandboxes sandboxes, ITestOutputHelper output) : IClassFixture<ReplaySandboxes>
{
    public static TheoryData<string> Replayed()
    {
        var data = new TheoryData<string>();
        foreach (var recording in RecordedRequest.LoadAll().Where(r => RuleFor(r) != ReplayRule.NotReplayed))
        {
            data.Add(recording.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Replayed))]
    public async Task Sandbox_answers_the_recorded_request_with_the_same_status_class(string key)
    {
        var recording = RecordedRequest.Load(key);
        var rule = RuleFor(recording);
        await using var lease = await sandboxes.ForAsync(recording, rule);
        var (sandbox, api) = (lease.Sandbox.Sandbox, lease.Sandbox.Api);
        var map = rule is ReplayRule.Success or ReplayRule.ExpiredSession ? lease.Sandbox.Ids : new Dictionary<string, string>();
        api.Session = recording.SendsSession ? sandbox.Session : null;
        var path = RecordingIds.Apply(recording.Path, map).TrimStart('/') + Query(recording, map);
        var body = recording.Body is null ? null : RecordingIds.Apply(recording.Body, map);
        if (map.Count > 0)
        {
            Assert.DoesNotContain(RecordingIds.Marker, path + body, StringComparison.Ordinal);
        }

        var result = await api.Send(new HttpMethod(recording.Method), path, body);

        output.WriteLine($"{recording.Title} ({rule}): {recording.Method} {path} -> {(int)result.Status} {result.Text}");
        Assert.Equal(recording.Status / 100, (int)result.Status / 100);
        if (rule != ReplayRule.Success)
        {
            Assert.Equal(recording.Status, (int)result.Status);
        }

        var replayed = sandbox.Requests[^1];
        Assert.Equal((recording.Method, "/" + path.Split('?')[0]), (replayed.Method, replayed.Path));
    }

    [Fact]
    public void Every_recording_is_replayed_or_left_out_by_the_stated_rule()
    {
        var recordings = RecordedRequest.LoadAll();

        Assert.True(recordings.Count >= 70, $"only {recordings.Count} recordings under {RecordedRequest.Root}");
        var left = recordings.Where(r => RuleFor(r) == ReplayRule.NotReplayed).ToList();
        foreach (var recording in left)
        {
            output.WriteLine($"not replayed: {recording.Key} ({recording.Status})");
        }

        Assert.All(left, r => Assert.True(r.Status is 400 or 429 or >= 500, $"{r.Key}: {r.Status} has no rule"));
        // Every operation keeps at least one replayed success, so each route is checked for real.
        var missing = recordings.GroupBy(r => r.Operation)
            .Where(g => !g.Any(r => RuleFor(r) == ReplayRule.Success))
            .Select(g => g.Key);
        Assert.Empty(missing);
    }

    internal static ReplayRule RuleFor(RecordedRequest recording) => recording.Status switch
    {
        >= 200 and < 300 => ReplayRule.Success,
        401 when recording.SendsSession => ReplayRule.ExpiredSession,
        401 => ReplayRule.WrongCredentials,
        404 => ReplayRule.UnknownIds,
        _ => ReplayRule.NotReplayed,
    };

    private static string Query(RecordedRequest recording, IReadOnlyDictionary<string, string> map)
    {
        if (recording.Query.Count == 0)
        {
            return string.Empty;
        }

        var query = new StringBuilder("?");
        foreach (var (name, value) in recording.Query)
        {
            query.Append(CultureInfo.InvariantCulture, $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(RecordingIds.Apply(value, map))}&");
        }

        return query.ToString(0, query.Length - 1);
    }
}
