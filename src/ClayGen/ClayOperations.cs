namespace ClayGen;

/// <summary>Facts about the spec's operations that the HTTP pipeline needs (kept in step with the spec by a test).</summary>
public static class ClayOperations
{
    /// <summary>
    /// Operations that are safe to repeat (the spec's <c>x-clay-idempotent: true</c>): reads, updates to
    /// fixed values, and deletes. All others create or spend and are never blindly retried.
    /// </summary>
    public static IReadOnlySet<string> Idempotent { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "listWorkspaces", "listOwners", "deleteResources", "listResources", "searchResources", "getTable",
        "listRecordIds", "deleteRecords", "updateRecords", "countRows", "getCreditReport", "listAppAccounts",
        "listActions", "listSources", "deleteSource",
    };

    /// <summary>Whether an operation may be retried after the request may have reached Clay.</summary>
    /// <param name="operationId">The spec's operation id; unknown ids count as not idempotent.</param>
    public static bool IsIdempotent(string? operationId) => operationId is not null && Idempotent.Contains(operationId);
}
