using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ClayGen.Benchmarks.Bulk;

namespace ClayGen.Benchmarks.Reporting;

/// <summary>
/// Adds the per-row columns to the bulk add benchmarks and hides the whole-invocation ratios, which
/// compare different row counts and would mislead.
/// </summary>
public class PerRowConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public PerRowConfig()
    {
        static int Rows(BenchmarkDotNet.Running.BenchmarkCase b) => BulkAddBenchmarks.RowsFor(b.Descriptor.WorkloadMethod.Name);
        AddColumn(
            new PerRowColumn(PerRowColumn.Kind.Rows, "row", Rows),
            new PerRowColumn(PerRowColumn.Kind.TimePerRow, "row", Rows),
            new PerRowColumn(PerRowColumn.Kind.SpeedupPerRow, "row", Rows));
        HideColumns(Column.Ratio, Column.RatioSD, Column.AllocRatio);
    }
}
