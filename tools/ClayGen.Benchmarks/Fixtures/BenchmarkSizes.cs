namespace ClayGen.Benchmarks.Fixtures;

/// <summary>
/// The workload sizes. The smoke mode (<c>--smoke</c>, <c>--job dry</c>, or
/// <c>CLAYGEN_BENCH_SMOKE=1</c>) shrinks the large ones so CI can run every benchmark once in seconds;
/// its numbers mean nothing.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable that turns the smoke mode on (inherited by BenchmarkDotNet's child processes).</summary>
    public const string SmokeVariable = "CLAYGEN_BENCH_SMOKE";

    /// <summary>The resources in the "fetch all resources" response.</summary>
    public const int Resources = 200;

    /// <summary>The latency the sandbox adds to every request of the bulk benchmarks.</summary>
    public static readonly TimeSpan BulkLatency = TimeSpan.FromMilliseconds(20);

    /// <summary>Whether the smoke mode is on.</summary>
    public static bool Smoke =>
        Environment.GetEnvironmentVariable(SmokeVariable) is { } value &&
        (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The record ids in the "record ids at scale" response (about 23 bytes each on the wire).</summary>
    public static int RecordIds => Smoke ? 10_000 : 1_000_000;

    /// <summary>The rows the batching bulk add sends.</summary>
    public static int BulkRows => Smoke ? 1_000 : 100_000;

    /// <summary>The rows sent one request per row: a slice, scaled per row in the results.</summary>
    public static int NaiveRows => Smoke ? 10 : 200;

    /// <summary>
    /// The table sizes the record read benchmarks run at: the streaming read at 1,000, 10,000 and 100,000
    /// records, the naive reads (one request per record) at 100 and 1,000 only, since 100,000 of them at
    /// 20 ms would take more than half an hour. Smoke: 10 and 1,000.
    /// </summary>
    public static IEnumerable<int> ReadRecords => Smoke ? [10, 1_000] : [100, 1_000, 10_000, 100_000];

    /// <summary>The largest table the naive reads run at.</summary>
    public static int NaiveReadRecordsMax => Smoke ? 10 : 1_000;

    /// <summary>The smallest table the streaming read runs at (below it the id list's round trip dominates).</summary>
    public static int StreamReadRecordsMin => 1_000;

    /// <summary>The tables the record memory probe streams, in this order.</summary>
    public static IReadOnlyList<int> ProbeRecords => Smoke ? [1_000, 10_000] : [1_000, 10_000, 100_000];
}
