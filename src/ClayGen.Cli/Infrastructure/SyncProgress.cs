namespace ClayGen.Cli.Infrastructure;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the caller's thread: <see cref="Progress{T}"/> posts to the
/// thread pool, where reports can arrive out of order or after the work is done.
/// </summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
