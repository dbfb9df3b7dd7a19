using BenchmarkDotNet.Attributes;

namespace ClayGen.Benchmarks.Build;

/// <summary>
/// Wall-clock time of <c>dotnet build</c> (Debug, implicit restore, no node reuse) on a synced copy of
/// the repository: a no-op build of src/ClayGen (generation skipped) against the same no-op build of a
/// plain class library (the baseline), and both after an edit (spec for ClayGen, a source file for the
/// plain library). Each invocation is one build process; allocations are not measured (they happen in
/// the child process).
/// </summary>
public class BuildBenchmarks
{
    private BuildWorkspace _workspace = null!;

    /// <summary>Syncs the copy and builds both projects once, so the measured no-op builds are no-ops.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workspace = BuildWorkspace.Sync(RepositoryRoot.Find());
        _workspace.Build(_workspace.PlainProject);
        _workspace.Build(_workspace.ClayGenProject);
    }

    /// <summary>No-op build of a plain class library.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLibrary_NoOp() => _workspace.Build(_workspace.PlainProject);

    /// <summary>No-op build of src/ClayGen: the NSwag target is skipped by its stamp file.</summary>
    [Benchmark]
    public int ClayGen_NoOp() => _workspace.Build(_workspace.ClayGenProject);

    /// <summary>Build of the plain library after a source edit.</summary>
    [Benchmark]
    public int PlainLibrary_AfterSourceEdit()
    {
        _workspace.EditPlainSource();
        return _workspace.Build(_workspace.PlainProject);
    }

    /// <summary>Build of src/ClayGen after a spec edit: NSwag regenerates, the library recompiles.</summary>
    [Benchmark]
    public int ClayGen_AfterSpecEdit()
    {
        _workspace.EditSpec();
        return _workspace.Build(_workspace.ClayGenProject);
    }
}
