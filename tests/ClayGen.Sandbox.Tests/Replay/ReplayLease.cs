namespace ClayGen.Sandbox.Tests.Replay;

/// <summary>One replay's use of a <see cref="ReplaySandbox"/>; disposing it stops the sandbox only when the replay owns it.</summary>
internal sealed class ReplayLease(ReplaySandbox sandbox, bool owned) : IAsyncDisposable
{
    public ReplaySandbox Sandbox => sandbox;

    public ValueTask DisposeAsync() => owned ? sandbox.DisposeAsync() : ValueTask.CompletedTask;
}
