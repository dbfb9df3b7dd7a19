namespace ClayGen.PackageTests.Infrastructure;

/// <summary>
/// A fresh folder under the system temp folder, outside the repository so its Directory.Build.props
/// and Directory.Packages.props do not apply; deleted on dispose.
/// </summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"claygen-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the system cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
