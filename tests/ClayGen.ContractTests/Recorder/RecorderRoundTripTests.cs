using ClayGen.ContractTests.Checks;
using ClayGen.ContractTests.Infrastructure;
using ClayGen.ContractTests.Scenarios;
using ClayGen.Recorder;
using ClayFakeServer = ClayGen.TestSupport.ClayFakeServer;

namespace ClayGen.ContractTests.Recorder;

/// <summary>
/// Record mode end to end: a client talks to the recorder, the recorder to a stand-in Clay; the
/// recordings it writes are scrubbed, land in the contract layout, pass the hygiene and conformance
/// checks, and replay against the same client calls.
/// </summary>
public sealed class RecorderRoundTripTests : IClassFixture<ContractServer>, IDisposable
{
    private readonly ContractServer _replay;
    private readonly string _output = Path.Combine(Path.GetTempPath(), "claygen-recorder-" + Guid.NewGuid().ToString("N"));

    public RecorderRoundTripTests(ContractServer replay) => _replay = replay;

    // The calls to record: the same ones the contract tests make, so the replay can reuse them.
    private static readonly (string OperationId, ContractCall Call)[] Calls =
    [
        ("login", ContractCall.Of((c, ct) => c.Auth.FetchSessionAsync(RealLookingClay.RealEmail, RealLookingClay.RealPassword, ct))),
        ("listOwners", ContractScenarios.Calls["listOwners"]),
        ("getCreditReport", ContractScenarios.Calls["getCreditReport/user-report"]),
        ("deleteRecords", ContractScenarios.Calls["deleteRecords/delete-all-rows"]),
        ("countRows", ContractScenarios.Calls["countRows"]),
    ];

    [Fact]
    public async Task Recorded_exchanges_are_written_in_the_contract_layout_without_secrets_and_replay_against_the_client()
    {
        using var clay = RealLookingClay.Start();
        var result = await RecordAsync(clay);

        // Written where a reviewer looks for them; the route the spec lacks is skipped, not guessed.
        var written = result.Written.Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "Auth/login/recorded.json",
                "Credits/getCreditReport/recorded.json",
                "Tables/countRows/429-recorded.json",
                "Tables/deleteRecords/recorded.json",
                "Workspaces/listOwners/recorded.json",
            ],
            written);
        Assert.Equal(["GET /v3/imports"], result.Skipped);

        // The stand-in got the real session and credentials: the recorder forwarded them.
        Assert.Contains(clay.Server.LogEntries, e => e.RequestMessage!.Path.EndsWith("/permissions", StringComparison.Ordinal) && e.MappingGuid is not null && e.ResponseMessage!.StatusCode is 200);
        Assert.Contains(clay.Server.LogEntries, e => e.RequestMessage!.Body?.Contains(RealLookingClay.RealPassword, StringComparison.Ordinal) == true);

        // None of it reached the files.
        foreach (var file in result.Written)
        {
            var text = await File.ReadAllTextAsync(file);
            foreach (var secret in new[] { RealLookingClay.RealSession, RealLookingClay.IssuedSession, RealLookingClay.RealEmail, "sam.roe@acme-corp.io", RealLookingClay.RealPassword, "inv_9f8e7d6c5b4a", "__cf_bm", RealLookingClay.CfRay, "CF-Cache-Status", "X-Request-Id", "\"Date\"", "Expires=" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }

            Assert.Empty(RecordingHygiene.Problems(file, text));
        }

        // The contract test loader reads them, the spec accepts them, and the client's calls match them again.
        var recordings = RecordingLoader.LoadAll(_output);
        Assert.Equal(5, recordings.Count);
        var operations = await ContractSpec.OperationsAsync();
        foreach (var recording in recordings)
        {
            Assert.Empty(RecordingConformance.Failures(recording, RecordingConformance.Check(recording, operations)));
            await AssertReplaysAsync(recording);
        }
    }

    [Fact]
    public async Task Emails_map_to_the_same_placeholder_across_a_recording_session_and_set_cookie_keeps_its_attributes()
    {
        using var clay = RealLookingClay.Start();
        await RecordAsync(clay);

        var login = RecordingLoader.Load(_output, "Auth/login/recorded.json");
        var owners = RecordingLoader.Load(_output, "Workspaces/listOwners/recorded.json");

        Assert.Equal(ClayIds.LoginEmail, (string?)login.Final["Request"]!["Body"]!["Matcher"]!["Pattern"]!["email"]);
        Assert.Equal(ClayPlaceholders.Password, (string?)login.Final["Request"]!["Body"]!["Matcher"]!["Pattern"]!["password"]);
        Assert.Equal(ClayIds.LoginEmail, (string?)Recording.JsonBody(login.Final)!["user"]!["email"]);
        Assert.Equal(ClayIds.LoginEmail, (string?)Recording.JsonBody(owners.Final)!["users"]![0]!["email"]);
        Assert.Equal("user2@example.com", (string?)Recording.JsonBody(owners.Final)!["users"]![1]!["email"]);
        Assert.Equal(
            $"claysession={ClayPlaceholders.IssuedSession}; Path=/; HttpOnly; Secure; SameSite=None",
            Recording.ResponseHeader(login.Final, "Set-Cookie"));
        Assert.Null(login.Final["Request"]!["Headers"]);
        Assert.Equal($"claysession={ClayPlaceholders.Session}", RecordedRequest.From(owners.Final).Cookie);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private async Task<RecordingResult> RecordAsync(ClayFakeServer clay)
    {
        using var recorder = ClayRecorder.Start(new RecorderOptions { Target = clay.BaseAddress, Session = RealLookingClay.RealSession });

        // The client keeps the placeholder session; the recorder sends the real one.
        using (var client = new ClayClient(new ClayClientOptions { BaseAddress = recorder.BaseAddress, Session = ClaySession.FromCookie(ContractServer.SessionValue), MaxRetries = 0 }))
        {
            foreach (var (_, call) in Calls)
            {
                await CallOutcome.CaptureAsync(() => call.InvokeAsync(client, CancellationToken.None));
            }
        }

        using (var http = new HttpClient { BaseAddress = recorder.BaseAddress })
        {
            (await http.GetAsync(new Uri("v3/imports", UriKind.Relative))).Dispose();
        }

        var routes = SpecRoutes.FromDocument(await ContractSpec.LoadAsync());
        return recorder.WriteRecordings(routes, new RecordingWriter(_output), recordedOn: new DateOnly(2026, 11, 27));
    }

    private async Task AssertReplaysAsync(Recording recording)
    {
        var call = recording.OperationId == "login"
            ? ContractScenarios.Calls["login"]
            : Calls.Single(c => c.OperationId == recording.OperationId).Call;
        _replay.Serve(recording);
        using var client = _replay.CreateClient();
        var outcome = await CallOutcome.CaptureAsync(() => call.InvokeAsync(client, CancellationToken.None));

        var problems = RequestCheck.Problems(_replay.Server.LogEntries.ToList(), recording);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        ExpectedOutcome.For(recording).AssertMatches(outcome, recording);
    }
}
