namespace ClayGen.Sandbox.Middleware;

/// <summary>Every request the sandbox answered, oldest first; safe to read while requests arrive.</summary>
internal sealed class RequestLog
{
    private readonly Lock _sync = new();
    private readonly List<ClaySandboxRequest> _entries = [];

    public int Count
    {
        get { lock (_sync) { return _entries.Count; } }
    }

    public IReadOnlyList<ClaySandboxRequest> Snapshot()
    {
        lock (_sync)
        {
            return [.. _entries];
        }
    }

    public void Add(ClaySandboxRequest entry)
    {
        lock (_sync)
        {
            _entries.Add(entry);
        }
    }
}
