namespace ClayGen.Sandbox.Tests.Replay;

/// <summary>
/// The sandboxes the replays run against. A replay that may change the sandbox's state (a recorded
/// success with a method other than GET) gets a fresh one; the others share one per kind, since
/// they cannot change state: a GET only reads, and a refused request (an expired session, an
/// unknown id, wrong credentials) is refused before the state changes (the session check runs
/// before any endpoint, and handlers validate before they change anything). Starting a sandbox and
/// creating what the ids map to costs several times the replay itself.
/// </summary>
public sealed class ReplaySandboxes : IAsyncLifetime
{
    private readonly Dictionary<string, ReplaySandbox> _shared = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// A sandbox in the state <paramref name="rule"/> needs, to dispose after the replay: a fresh
    /// one, or a lease on a shared one whose disposal leaves it running.
    /// </summary>
    internal async Task<ReplayLease> ForAsync(RecordedRequest recording, ReplayRule rule)
    {
        var kind = SharedKind(recording, rule);
        if (kind is null)
        {
            return new ReplayLease(await ReplaySandbox.StartAsync(rule), owned: true);
        }

        await _gate.WaitAsync();
        try
        {
            if (!_shared.TryGetValue(kind, out var shared))
            {
                shared = await ReplaySandbox.StartAsync(rule);
                _shared[kind] = shared;
            }

            return new ReplayLease(shared, owned: false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var sandbox in _shared.Values)
        {
            await sandbox.DisposeAsync();
        }

        _gate.Dispose();
    }

    private static string? SharedKind(RecordedRequest recording, ReplayRule rule) => rule switch
    {
        ReplayRule.ExpiredSession => "expired",
        ReplayRule.UnknownIds or ReplayRule.WrongCredentials => "refused",
        ReplayRule.Success when recording.Method == "GET" => "reads",
        _ => null,
    };
}
