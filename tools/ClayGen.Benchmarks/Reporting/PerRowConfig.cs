using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace ClayGen.Benchmarks.Reporting;

/// <summary>
/// Adds the per-row columns to the bulk benchmarks and hides the whole-invocation ratios, which compare
/// different row counts and would mislead.
/// </summary>
public class PerRowConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public PerRowConfig()
    {
        AddColumn(new PerRowColumn(PerRowColumn.Kind.Rows), new PerRowColumn(PerRowColumn.Kind.TimePerRow), new PerRowColumn(PerRowColumn.Kind.SpeedupPerRow));
        HideColumns(Column.Ratio, Column.RatioSD, Column.AllocRatio);
    }
}
