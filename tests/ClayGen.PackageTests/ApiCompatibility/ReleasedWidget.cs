namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>Widget's released version, packed once for the tests that compare later versions with it.</summary>
public sealed class ReleasedWidget : IAsyncLifetime, IDisposable
{
    /// <summary>An interface with a property, a class implementing it with a method: what later versions change.</summary>
    public const string Source = """
        namespace Widgets;

        public interface IWidget
        {
            string Name { get; }
        }

        public class Widget : IWidget
        {
            public string Name => "widget";

            public int Measure(string text) => text.Length;
        }
        """;

    private readonly ValidatedPackage _package = new();

    /// <summary>The released package (a .nupkg).</summary>
    public string Package => _package.BaselinePackage;

    public Task InitializeAsync() => _package.ReleaseAsync(Source);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _package.Dispose();
}
