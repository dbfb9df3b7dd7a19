using ClayGen.ContractTests.Infrastructure;
using ClayGen.ContractTests.Scenarios;

namespace ClayGen.ContractTests.Checks;

/// <summary>
/// Whether the recordings cover the spec: a success and a 401 recording per operation (no 401 for an
/// operation marked <c>x-clay-auth: none</c>, which sends no credentials), a success
/// scenario through each docs endpoint's own named method (the spec's <c>x-clay-docs</c>), no recording of an operation the spec no
/// longer has, and a registered call for every recording (and a recording for every registered call).
/// </summary>
public static class RecordingCoverage
{
    public static IReadOnlyList<string> Problems(
        IReadOnlyList<Recording> recordings,
        IReadOnlyDictionary<string, SpecOperation> operations,
        IReadOnlyDictionary<string, ContractCall> calls)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(calls);
        var problems = new List<string>();

        foreach (var recording in recordings)
        {
            if (!operations.TryGetValue(recording.OperationId, out var operation))
            {
                problems.Add($"{recording}: names operation '{recording.OperationId}', which the spec no longer has.");
                continue;
            }

            if (!string.Equals(recording.Tag, operation.Tag, StringComparison.Ordinal))
            {
                problems.Add($"{recording}: {recording.OperationId} is tagged {operation.Tag} in the spec; move the file to {operation.Tag}/{recording.OperationId}/.");
            }

            foreach (var request in recording.Json.Select(RecordedRequest.From))
            {
                if (request.Path is null || !operation.Route.Matches(request.Path) || !request.Methods.Contains(operation.Method))
                {
                    problems.Add($"{recording}: the recorded request {request.Describe()} is not {operation.OperationId} ({operation.Method} {operation.PathTemplate}).");
                }
            }

            if (Resolve(calls, recording) is null)
            {
                problems.Add($"{recording}: no call is registered for '{recording.OperationId}/{recording.Scenario}' or '{recording.OperationId}'.");
            }
        }

        foreach (var operation in operations.Values)
        {
            var own = recordings.Where(r => r.OperationId == operation.OperationId).ToList();
            var successes = own.Where(r => r.IsSuccess && r.OffSpec is null).ToList();
            if (successes.Count == 0)
            {
                problems.Add($"{operation.OperationId}: no success recording (add {operation.Tag}/{operation.OperationId}/<scenario>.json).");
            }

            if (!operation.TakesNoCredentials && !own.Any(r => r.FinalStatus == 401))
            {
                problems.Add($"{operation.OperationId}: no 401 recording (add {operation.Tag}/{operation.OperationId}/401-expired-session.json).");
            }

            foreach (var (title, method) in operation.DocsMethods)
            {
                if (!successes.Any(r => Resolve(calls, r)?.MethodPath == method))
                {
                    problems.Add($"{operation.OperationId}: no success scenario goes through {method}, the method of docs endpoint \"{title}\".");
                }
            }
        }

        var used = recordings.Select(r => KeyFor(calls, r)).Where(k => k is not null).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(calls.Keys.Where(k => !used.Contains(k)).Select(k => $"ContractScenarios: '{k}' is registered but no recording uses it."));
        return problems;
    }

    private static ContractCall? Resolve(IReadOnlyDictionary<string, ContractCall> calls, Recording recording) =>
        KeyFor(calls, recording) is { } key ? calls[key] : null;

    private static string? KeyFor(IReadOnlyDictionary<string, ContractCall> calls, Recording recording)
    {
        var specific = recording.OperationId + "/" + recording.Scenario;
        return calls.ContainsKey(specific) ? specific : calls.ContainsKey(recording.OperationId) ? recording.OperationId : null;
    }
}
