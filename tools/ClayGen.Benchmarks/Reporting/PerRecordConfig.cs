using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using ClayGen.Benchmarks.RecordRead;

namespace ClayGen.Benchmarks.Reporting;

/// <summary>
/// The record read benchmarks' config: each method runs only at the table sizes it is meant for
/// (<see cref="RecordReadBenchmarks.RunsAt"/>), the per-record columns are added, and the
/// whole-invocation ratios are hidden (they would compare a method with a baseline of another size, or
/// with none).
/// </summary>
public class PerRecordConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public PerRecordConfig()
    {
        AddFilter(new SimpleFilter(b => RecordReadBenchmarks.RunsAt(b.Descriptor.WorkloadMethod.Name, Records(b))));
        AddColumn(
            new PerRowColumn(PerRowColumn.Kind.TimePerRow, "record", Records),
            new PerRowColumn(PerRowColumn.Kind.SpeedupPerRow, "record", Records),
            new PerRowColumn(PerRowColumn.Kind.AllocatedPerRow, "record", Records));
        HideColumns(Column.Ratio, Column.RatioSD, Column.AllocRatio);
    }

    private static int Records(BenchmarkCase benchmarkCase) => (int)benchmarkCase.Parameters[nameof(RecordReadBenchmarks.Records)];
}
