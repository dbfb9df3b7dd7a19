using ClayGen.Benchmarks.Fixtures;

namespace ClayGen.Benchmarks.PerCall;

/// <summary>Per-call cost over a loopback socket to a minimal Kestrel server (its allocations included).</summary>
public class LoopbackPerCallBenchmarks : PerCallBenchmarks
{
    /// <inheritdoc />
    protected override Transport Transport => Transport.Loopback;
}
