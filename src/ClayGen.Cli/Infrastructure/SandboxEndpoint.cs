using ClayGen.Sandbox;

namespace ClayGen.Cli.Infrastructure;

/// <summary>What a command needs of a sandbox: where it is, a session, and its seeded ids.</summary>
/// <param name="BaseUrl">The sandbox's root, ending with <c>/</c>.</param>
/// <param name="Session">A valid <c>claysession</c> value.</param>
/// <param name="WorkspaceId">The seeded workspace.</param>
/// <param name="TableId">The seeded table.</param>
/// <param name="ViewId">The seeded table's first view.</param>
/// <param name="FieldIds">The seeded table's fields, the enrichment column last.</param>
/// <param name="ProcessId">The <c>clay sandbox serve</c> process that serves it; 0 for one embedded in this command.</param>
internal sealed record SandboxEndpoint(Uri BaseUrl, string Session, long WorkspaceId, string TableId, string ViewId, IReadOnlyList<string> FieldIds, int ProcessId)
{
    public static SandboxEndpoint Of(ClaySandbox sandbox, int processId = 0) =>
        new(sandbox.BaseAddress, sandbox.Session, sandbox.WorkspaceId, sandbox.TableId, sandbox.ViewId, [.. sandbox.FieldIds], processId);
}
