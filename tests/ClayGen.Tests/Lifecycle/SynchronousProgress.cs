namespace ClayGen.Tests.Lifecycle;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler on the reporting thread, so a test sees every report before the call returns.</summary>
public sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
