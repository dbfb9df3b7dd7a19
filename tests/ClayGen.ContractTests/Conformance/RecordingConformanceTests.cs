using ClayGen.ContractTests.Checks;
using ClayGen.ContractTests.Infrastructure;
using Xunit.Abstractions;

namespace ClayGen.ContractTests.Conformance;

public sealed class RecordingConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_recording_conforms_to_the_spec_for_its_operation_status_and_content_type()
    {
        var operations = await ContractSpec.OperationsAsync();
        var recordings = RecordingLoader.LoadAll(RecordingLoader.DefaultRoot);
        var failures = new List<string>();
        foreach (var recording in recordings)
        {
            var report = RecordingConformance.Check(recording, operations);
            failures.AddRange(RecordingConformance.Failures(recording, report));
            foreach (var extra in report.ExtraProperties)
            {
                output.WriteLine($"not in the spec yet (allowed): {recording}: {extra}");
            }

            if (recording.OffSpec is not null)
            {
                output.WriteLine($"off-spec on purpose: {recording}: {recording.OffSpec} ({string.Join("; ", report.Problems)})");
            }
        }

        Assert.True(recordings.Count > 0, "no recordings were found beside the test assembly");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_body_that_breaks_its_schema_fails_conformance()
    {
        var recording = BadRecordings.Replace("Tables/countRows/count.json", "\"tableTotalRecordsCount\": 1523", "\"tableTotalRecordsCount\": \"1523 rows\"");

        var failures = RecordingConformance.Failures(recording, RecordingConformance.Check(recording, await ContractSpec.OperationsAsync()));

        Assert.Contains(failures, f => f.Contains("tableTotalRecordsCount", StringComparison.Ordinal) && f.Contains("response 200", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Workspaces/listWorkspaces/all-workspaces.json", "\"id\": 712043,", "\"workspaceId\": 712043,", "results[0].id")]
    [InlineData("Resources/listResources/all-resources.json", "\"name\": \"Q3 campaigns\",", "\"title\": \"Q3 campaigns\",", "resources[0].name")]
    [InlineData("Tables/listRecordIds/record-ids.json", "\"results\": [", "\"items\": [", "results")]
    public async Task A_response_missing_a_field_the_spec_requires_fails_conformance_naming_it(string file, string find, string renamed, string field)
    {
        // Renaming the key removes it; the body stays valid JSON and keeps every other field.
        var recording = BadRecordings.Replace(file, find, renamed);

        var failures = RecordingConformance.Failures(recording, RecordingConformance.Check(recording, await ContractSpec.OperationsAsync()));

        Assert.Contains(failures, f => f.Contains("response 200", StringComparison.Ordinal) && f.Contains(field + ": PropertyRequired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_body_that_breaks_its_schema_fails_conformance()
    {
        var recording = BadRecordings.Replace("Tables/runEnrichment/top-of-view.json", "\"fieldIds\": [", "\"fieldIdz\": [");

        var failures = RecordingConformance.Failures(recording, RecordingConformance.Check(recording, await ContractSpec.OperationsAsync()));

        Assert.Contains(failures, f => f.Contains("request:", StringComparison.Ordinal) && f.Contains("fieldIds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_undeclared_content_type_fails_conformance_unless_the_recording_says_it_is_off_spec()
    {
        var marked = RecordingLoader.Load(RecordingLoader.DefaultRoot, "Resources/listResources/502-html-error-page.json");
        var unmarked = BadRecordings.RemoveOffSpecMarker(marked);
        var operations = await ContractSpec.OperationsAsync();

        Assert.Empty(RecordingConformance.Failures(marked, RecordingConformance.Check(marked, operations)));
        Assert.Contains(RecordingConformance.Failures(unmarked, RecordingConformance.Check(unmarked, operations)), f => f.Contains("text/html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_off_spec_marker_on_a_conforming_recording_fails_conformance()
    {
        var recording = BadRecordings.Replace("Tables/countRows/count.json", "\"Data\": {", "\"Data\": { \"offSpec\": \"stale marker\",");

        var failures = RecordingConformance.Failures(recording, RecordingConformance.Check(recording, await ContractSpec.OperationsAsync()));

        Assert.Contains(failures, f => f.Contains("remove Data.offSpec", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Properties_the_spec_does_not_describe_are_listed_without_failing()
    {
        var recording = RecordingLoader.Load(RecordingLoader.DefaultRoot, "Workspaces/listWorkspaces/all-workspaces.json");

        var report = RecordingConformance.Check(recording, await ContractSpec.OperationsAsync());

        Assert.Empty(report.Problems);
        Assert.Contains("response 200: $.results[*].featureFlags", report.ExtraProperties);
        Assert.DoesNotContain(report.ExtraProperties, e => e.EndsWith(".name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_response_without_a_content_type_fails_conformance()
    {
        var recording = BadRecordings.Replace("Sources/deleteSource/delete-source.json", "\"Content-Type\": \"application/json; charset=utf-8\"", "\"X-Other\": \"1\"");

        var failures = RecordingConformance.Failures(recording, RecordingConformance.Check(recording, await ContractSpec.OperationsAsync()));

        Assert.Contains(failures, f => f.Contains("no Content-Type", StringComparison.Ordinal));
    }
}
