using ClayGen.ContractTests.Checks;
using ClayGen.ContractTests.Infrastructure;
using ClayGen.ContractTests.Scenarios;

namespace ClayGen.ContractTests.Coverage;

public sealed class RecordingCoverageTests
{
    private static readonly IReadOnlyList<Recording> All = RecordingLoader.LoadAll(RecordingLoader.DefaultRoot);

    [Fact]
    public async Task Every_operation_has_success_and_401_recordings_and_every_docs_endpoint_a_scenario_through_its_named_method()
    {
        var problems = RecordingCoverage.Problems(All, await ContractSpec.OperationsAsync(), ContractScenarios.Calls);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task An_operation_without_a_success_or_401_recording_fails_coverage()
    {
        var withoutCount = All.Where(r => r.OperationId != "countRows" || r.FinalStatus is not (200 or 401)).ToList();
        var calls = ContractScenarios.Calls.Where(c => !c.Key.StartsWith("countRows/count", StringComparison.Ordinal)).ToDictionary();

        var problems = RecordingCoverage.Problems(withoutCount, await ContractSpec.OperationsAsync(), calls);

        Assert.Contains("countRows: no success recording (add Tables/countRows/<scenario>.json).", problems);
        Assert.Contains("countRows: no 401 recording (add Tables/countRows/401-expired-session.json).", problems);
    }

    [Fact]
    public async Task An_operation_that_takes_no_credentials_needs_no_401_recording_but_still_a_success()
    {
        var operations = await ContractSpec.OperationsAsync();
        var withoutHealth = All.Where(r => r.OperationId != "getHealth").ToList();

        var problems = RecordingCoverage.Problems(withoutHealth, operations, ContractScenarios.Calls.Where(c => c.Key != "getHealth").ToDictionary());

        Assert.True(operations["getHealth"].TakesNoCredentials);
        Assert.False(operations["getCurrentUser"].TakesNoCredentials);
        Assert.Contains("getHealth: no success recording (add Auth/getHealth/<scenario>.json).", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("getHealth: no 401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recording_of_an_operation_the_spec_no_longer_has_fails_coverage()
    {
        var stale = BadRecordings.Replace("Tables/countRows/count.json", "/count\"", "/count\"", asPath: "Tables/countRecords/count.json");

        var problems = RecordingCoverage.Problems([.. All, stale], await ContractSpec.OperationsAsync(), ContractScenarios.Calls);

        Assert.Contains(problems, p => p.Contains("names operation 'countRecords', which the spec no longer has", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recording_in_the_wrong_tag_folder_or_of_another_route_fails_coverage()
    {
        var misplaced = BadRecordings.Replace("Tables/countRows/count.json", "/count\"", "/counts\"", asPath: "Workspaces/countRows/count.json");

        var problems = RecordingCoverage.Problems([.. All, misplaced], await ContractSpec.OperationsAsync(), ContractScenarios.Calls);

        Assert.Contains(problems, p => p.Contains("move the file to Tables/countRows/", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("/counts is not countRows", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_docs_endpoint_whose_scenario_bypasses_its_named_method_fails_coverage()
    {
        // "Delete all rows from a table" served through the generic delete: the request is right, the named method untested.
        var calls = ContractScenarios.Calls.ToDictionary();
        calls["deleteRecords/delete-all-rows"] = ContractCall.Of((c, ct) => c.Tables.DeleteRecordsAsync(ClayIds.TableId, new DeleteRecordsRequest { DeleteAll = true }, ct));

        var problems = RecordingCoverage.Problems(All, await ContractSpec.OperationsAsync(), calls);

        Assert.Contains("deleteRecords: no success scenario goes through Tables.DeleteAllRecordsAsync, the method of docs endpoint \"Delete all rows from a table\".", problems);
    }

    [Fact]
    public async Task A_recording_without_a_registered_call_and_a_call_without_a_recording_fail_coverage()
    {
        var calls = ContractScenarios.Calls.Where(c => c.Key != "listOwners").ToDictionary();
        calls["listOwners/nobody-uses-this"] = ContractScenarios.Calls["listOwners"];

        var problems = RecordingCoverage.Problems(All, await ContractSpec.OperationsAsync(), calls);

        Assert.Contains(problems, p => p.StartsWith("Workspaces/listOwners/owners.json: no call is registered", StringComparison.Ordinal));
        Assert.Contains("ContractScenarios: 'listOwners/nobody-uses-this' is registered but no recording uses it.", problems);
    }

    [Fact]
    public void The_method_of_a_scenario_is_read_from_its_call_expression()
    {
        Assert.Equal("Tables.DeleteAllRecordsAsync", ContractScenarios.Calls["deleteRecords/delete-all-rows"].MethodPath);
        Assert.Equal("Tables.StreamRecordIdsAsync", ContractScenarios.Calls["listRecordIds/stream-record-ids"].MethodPath);
        Assert.Equal("Auth.FetchSessionAsync", ContractScenarios.Calls["login"].MethodPath);
    }
}
