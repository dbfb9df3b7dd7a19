namespace ClayGen.Sandbox.Tests.Replay;

/// <summary>
/// An in-memory sandbox ready for replays: the recordings' ids mapped to its resources
/// (<see cref="RecordingIds"/>), and its sessions expired when it serves <see cref="ReplayRule.ExpiredSession"/>.
/// </summary>
internal sealed class ReplaySandbox : IAsyncDisposable
{
    private ReplaySandbox(ClaySandbox sandbox, SandboxApi api, Dictionary<string, string> ids)
    {
        Sandbox = sandbox;
        Api = api;
        Ids = ids;
    }

    public ClaySandbox Sandbox { get; }

    public SandboxApi Api { get; }

    /// <summary>Each recorded id or credential, mapped to the sandbox's own.</summary>
    public Dictionary<string, string> Ids { get; }

    public static async Task<ReplaySandbox> StartAsync(ReplayRule rule)
    {
        var sandbox = await ClaySandbox.StartInMemoryAsync();
        var api = new SandboxApi(sandbox);
        var ids = await RecordingIds.MapAsync(api);
        if (rule == ReplayRule.ExpiredSession)
        {
            sandbox.ExpireSessions();
        }

        return new ReplaySandbox(sandbox, api, ids);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Sandbox.DisposeAsync();
    }
}
