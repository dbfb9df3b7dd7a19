namespace ClayGen.Tests.Lifecycle;

/// <summary>A folder of its own under the temp directory, deleted with its content.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("claygen-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
