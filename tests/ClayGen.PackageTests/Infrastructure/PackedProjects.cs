namespace ClayGen.PackageTests.Infrastructure;

/// <summary>
/// The repository's packages, each packed once per test run by the real <c>dotnet pack</c> for the
/// tests that consume it: one feed, one version no cache has seen, one artifacts folder. ClayGen,
/// built in Release for the CLI's package, is then not compiled (and generated) again for its own.
/// </summary>
public sealed class PackedProjects : IDisposable
{
    private readonly TemporaryDirectory _work = new("packed");
    private readonly string _version = PackedProject.NewVersion();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, PackedProject> _packed = new(StringComparer.Ordinal);

    /// <summary>
    /// The package of <paramref name="project"/>, packed now if no test of this run has packed it; a
    /// failed pack is not kept, so each test that needs it reports the failure.
    /// </summary>
    public async Task<PackedProject> PackAsync(string project, ITestOutputHelper output)
    {
        // Two packs at once would write the same artifacts folder.
        await _gate.WaitAsync();
        try
        {
            if (_packed.TryGetValue(project, out var packed))
            {
                output.WriteLine($"pack {Path.GetFileName(project)}: packed earlier in this run");
                return packed;
            }

            packed = await PackedProject.PackAsync(project, _work, _version, output);
            _packed[project] = packed;
            return packed;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        _work.Dispose();
    }
}
