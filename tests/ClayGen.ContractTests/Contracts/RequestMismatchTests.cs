using ClayGen.ContractTests.Checks;
using ClayGen.ContractTests.Infrastructure;
using ClayGen.ContractTests.Scenarios;

namespace ClayGen.ContractTests.Contracts;

/// <summary>The request check must fail, and say why, when the client and a recording disagree.</summary>
public sealed class RequestMismatchTests(ContractServer server) : IClassFixture<ContractServer>
{
    [Fact]
    public async Task An_unmatched_request_fails_with_a_message_naming_the_closest_mapping_and_each_difference()
    {
        // The recording lost its trailing slash: the client (rightly) still sends resources_v2/.
        var recording = BadRecordings.Replace("Resources/listResources/all-resources.json", "/resources_v2/\"", "/resources_v2\"");

        var problems = await SendAsync(recording, ContractScenarios.Calls["listResources"]);

        var message = Assert.Single(problems);
        Assert.Contains("matched no mapping of Resources/listResources/all-resources.json", message, StringComparison.Ordinal);
        Assert.Contains("closest: \"listResources: all-resources\"", message, StringComparison.Ordinal);
        Assert.Contains("✗ path: recorded /v3/workspaces/712043/resources_v2, sent /v3/workspaces/712043/resources_v2/", message, StringComparison.Ordinal);
        Assert.DoesNotContain("✗ body", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_body_or_query_is_shown_against_the_recorded_one()
    {
        var recording = RecordingLoader.Load(RecordingLoader.DefaultRoot, "Credits/getCreditReport/user-report.json");

        var problems = await SendAsync(recording, ContractScenarios.Calls["getCreditReport/integration-specific-usage"]);

        var message = Assert.Single(problems);
        Assert.Contains("✗ query ownerIds[0]: recorded '4515', sent nothing", message, StringComparison.Ordinal);
        Assert.Contains("✗ query integrations[0]: sent, not recorded", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extra_query_parameter_fails_even_though_WireMock_matched_the_request()
    {
        // WireMock's Params matchers accept more parameters than recorded; the contract does not.
        var recording = RecordingLoader.Load(RecordingLoader.DefaultRoot, "Credits/getCreditReport/workspace-report.json");

        var problems = await SendAsync(recording, ContractScenarios.Calls["getCreditReport/user-report"]);

        Assert.Contains(problems, p => p.Contains("sent query parameter 'ownerIds[0]', which the recording does not have", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_cookie_where_the_recording_has_none_fails()
    {
        // As in the login recordings: no Cookie matcher, which WireMock reads as "any cookie will do".
        var original = RecordingLoader.Load(RecordingLoader.DefaultRoot, "Tables/countRows/count.json");
        var json = (Newtonsoft.Json.Linq.JObject)original.Final.DeepClone();
        Assert.True(((Newtonsoft.Json.Linq.JObject)json["Request"]!).Remove("Headers"));
        var recording = RecordingLoader.Parse(original.RelativePath, json.ToString());

        var problems = await SendAsync(recording, ContractScenarios.Calls["countRows"]);

        Assert.Contains(problems, p => p.Contains("sent a session cookie where the recording has none", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> SendAsync(Recording recording, ContractCall call)
    {
        server.Serve(recording);
        using var clay = server.CreateClient();
        await CallOutcome.CaptureAsync(() => call.InvokeAsync(clay, CancellationToken.None));
        return RequestCheck.Problems(server.Server.LogEntries.ToList(), recording);
    }
}
