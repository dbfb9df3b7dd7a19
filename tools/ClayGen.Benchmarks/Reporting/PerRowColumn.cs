using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ClayGen.Benchmarks.Bulk;

namespace ClayGen.Benchmarks.Reporting;

/// <summary>A bulk benchmark's rows per invocation, its mean time per row, and its speedup per row over the baseline.</summary>
public sealed class PerRowColumn : IColumn
{
    private readonly Kind _kind;

    /// <summary>Creates the column.</summary>
    /// <param name="kind">What it shows.</param>
    public PerRowColumn(Kind kind)
    {
        _kind = kind;
    }

    /// <summary>What a <see cref="PerRowColumn"/> shows.</summary>
    public enum Kind
    {
        /// <summary>Rows sent per invocation.</summary>
        Rows,

        /// <summary>Mean time divided by rows.</summary>
        TimePerRow,

        /// <summary>The baseline's time per row divided by this one's.</summary>
        SpeedupPerRow,
    }

    /// <inheritdoc />
    public string Id => nameof(PerRowColumn) + _kind;

    /// <inheritdoc />
    public string ColumnName => _kind switch
    {
        Kind.Rows => "Rows",
        Kind.TimePerRow => "Time/row",
        _ => "Speedup/row",
    };

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => (int)_kind;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => _kind switch
    {
        Kind.Rows => "Rows sent per invocation",
        Kind.TimePerRow => "Mean divided by Rows",
        _ => "The baseline's Time/row divided by this benchmark's",
    };

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var rows = Rows(benchmarkCase);
        if (_kind == Kind.Rows)
        {
            return rows.ToString("N0", CultureInfo.InvariantCulture);
        }

        var perRow = NanosecondsPerRow(summary, benchmarkCase);
        if (perRow is not { } value)
        {
            return "NA";
        }

        if (_kind == Kind.TimePerRow)
        {
            return (value / 1_000_000).ToString("N3", CultureInfo.InvariantCulture) + " ms";
        }

        var baseline = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.Baseline && b.Descriptor.Type == benchmarkCase.Descriptor.Type);
        return baseline is not null && NanosecondsPerRow(summary, baseline) is { } baselineValue
            ? (baselineValue / value).ToString("N1", CultureInfo.InvariantCulture) + "x"
            : "NA";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => ColumnName;

    private static int Rows(BenchmarkCase benchmarkCase) => BulkAddBenchmarks.RowsFor(benchmarkCase.Descriptor.WorkloadMethod.Name);

    private static double? NanosecondsPerRow(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean / Rows(benchmarkCase);
}
