using ClayGen.Benchmarks.Fixtures;

namespace ClayGen.Benchmarks.PerCall;

/// <summary>Per-call cost through an in-memory handler: the client's own time and allocations.</summary>
public class InMemoryPerCallBenchmarks : PerCallBenchmarks
{
    /// <inheritdoc />
    protected override Transport Transport => Transport.InMemory;
}
