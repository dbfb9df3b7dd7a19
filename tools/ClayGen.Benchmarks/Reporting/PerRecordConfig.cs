using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using ClayGen.Benchmarks.RecordRead;

namespace ClayGen.Benchmarks.Reporting;

/// <summary>
/// The record read benchmarks' config: each method runs only at the table sizes it is meant for
/// (<see cref="RecordReadBenchmarks.RunsAt"/>), and the per-record columns compare every case with
/// <see cref="RecordReadBenchmarks.GetRecordOneByOne"/>. No method is BenchmarkDotNet's baseline: its
/// ratios compare within one table size, and the streaming read's large sizes have no naive case.
/// </summary>
public class PerRecordConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public PerRecordConfig()
    {
        AddFilter(new SimpleFilter(b => RecordReadBenchmarks.RunsAt(b.Descriptor.WorkloadMethod.Name, Records(b))));
        AddColumn(
            new PerRowColumn(PerRowColumn.Kind.TimePerRow, "record", Records),
            new PerRowColumn(PerRowColumn.Kind.SpeedupPerRow, "record", Records, b => b.Descriptor.WorkloadMethod.Name == nameof(RecordReadBenchmarks.GetRecordOneByOne)),
            new PerRowColumn(PerRowColumn.Kind.AllocatedPerRow, "record", Records));
    }

    private static int Records(BenchmarkCase benchmarkCase) => (int)benchmarkCase.Parameters[nameof(RecordReadBenchmarks.Records)];
}
