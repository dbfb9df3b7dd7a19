using ClayGen.ContractTests.Checks;
using ClayGen.ContractTests.Infrastructure;
using ClayGen.ContractTests.Scenarios;
using Snapshooter;
using Snapshooter.Xunit;

namespace ClayGen.ContractTests.Contracts;

/// <summary>
/// One test per recording: a real <see cref="ClayClient"/> calls a WireMock server that serves only that
/// recording. The request must match the recording exactly, and the result (or typed exception) must
/// carry what the recording says; both are snapshotted.
/// </summary>
public sealed class RecordingContractTests(ContractServer server) : IClassFixture<ContractServer>
{
    public static TheoryData<string> Recordings => new(RecordingLoader.List(RecordingLoader.DefaultRoot));

    [Theory]
    [MemberData(nameof(Recordings))]
    public async Task Client_sends_and_reads_what_was_recorded(string recordingPath)
    {
        var recording = RecordingLoader.Load(RecordingLoader.DefaultRoot, recordingPath);
        var call = ContractScenarios.Resolve(recording);
        Assert.True(call is not null, $"{recording}: no call is registered for '{recording.OperationId}/{recording.Scenario}' or '{recording.OperationId}' in ContractScenarios.");

        server.Serve(recording);
        using var clay = server.CreateClient(call.MaxRetries, call.RetryMaxDelay);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var outcome = await CallOutcome.CaptureAsync(() => call.InvokeAsync(clay, timeout.Token));

        var entries = server.Server.LogEntries.ToList();
        var problems = RequestCheck.Problems(entries, recording);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, problems));

        var expected = ExpectedOutcome.For(recording);
        expected.AssertMatches(outcome, recording);
        if (expected.IsSuccess)
        {
            (call.Verify ?? Verifications.RecordedValues)(outcome.Result, recording);
        }

        Snapshot.Match(
            new
            {
                requests = entries.Select(e => RequestSnapshot.Of(SentRequest.From(e.RequestMessage!))).ToList(),
                outcome = outcome.ToSnapshot(),
            },
            SnapshotNameExtension.Create(recording.SnapshotName));
    }
}
