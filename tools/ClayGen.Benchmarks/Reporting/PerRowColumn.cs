using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClayGen.Benchmarks.Reporting;

/// <summary>
/// A bulk benchmark's rows per invocation, its mean time and allocations per row, and its speedup per
/// row over the baseline. Rows are counted by the benchmark class (<see cref="PerRowConfig"/>,
/// <see cref="PerRecordConfig"/>), so benchmarks of different sizes compare per row.
/// </summary>
public sealed class PerRowColumn : IColumn
{
    private readonly Kind _kind;
    private readonly string _unit;
    private readonly Func<BenchmarkCase, int> _rows;
    private readonly Func<BenchmarkCase, bool> _isBaseline;

    /// <summary>Creates the column.</summary>
    /// <param name="kind">What it shows.</param>
    /// <param name="unit">What a row is called in the column's name ("row", "record").</param>
    /// <param name="rows">The rows one invocation of a benchmark case handles.</param>
    /// <param name="isBaseline">Which cases the speedup compares with; the <c>Baseline = true</c> method when <see langword="null"/>.</param>
    public PerRowColumn(Kind kind, string unit, Func<BenchmarkCase, int> rows, Func<BenchmarkCase, bool>? isBaseline = null)
    {
        _kind = kind;
        _unit = unit;
        _rows = rows;
        _isBaseline = isBaseline ?? (b => b.Descriptor.Baseline);
    }

    /// <summary>What a <see cref="PerRowColumn"/> shows.</summary>
    public enum Kind
    {
        /// <summary>Rows handled per invocation.</summary>
        Rows,

        /// <summary>Mean time divided by rows.</summary>
        TimePerRow,

        /// <summary>The baseline's time per row divided by this one's.</summary>
        SpeedupPerRow,

        /// <summary>Bytes allocated per invocation divided by rows.</summary>
        AllocatedPerRow,
    }

    /// <inheritdoc />
    public string Id => nameof(PerRowColumn) + _kind;

    /// <inheritdoc />
    public string ColumnName => _kind switch
    {
        Kind.Rows => char.ToUpperInvariant(_unit[0]) + _unit[1..] + "s",
        Kind.TimePerRow => "Time/" + _unit,
        Kind.SpeedupPerRow => "Speedup/" + _unit,
        _ => "Allocated/" + _unit,
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
        Kind.Rows => $"{ColumnName} per invocation",
        Kind.TimePerRow => $"Mean divided by {_unit}s",
        Kind.SpeedupPerRow => $"The baseline's Time/{_unit} (at its largest size) divided by this benchmark's",
        _ => $"Allocated divided by {_unit}s",
    };

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var rows = _rows(benchmarkCase);
        switch (_kind)
        {
            case Kind.Rows:
                return rows.ToString("N0", CultureInfo.InvariantCulture);
            case Kind.AllocatedPerRow:
                return summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes
                    ? ((double)bytes / rows).ToString("N0", CultureInfo.InvariantCulture) + " B"
                    : "NA";
        }

        if (NanosecondsPerRow(summary, benchmarkCase) is not { } value)
        {
            return "NA";
        }

        if (_kind == Kind.TimePerRow)
        {
            return (value / 1_000_000).ToString("N3", CultureInfo.InvariantCulture) + " ms";
        }

        // With several sizes the baseline's largest one speaks for it: its time per row is flat (one round trip each) and least disturbed by fixed costs.
        var baseline = summary.BenchmarksCases
            .Where(b => _isBaseline(b) && b.Descriptor.Type == benchmarkCase.Descriptor.Type && NanosecondsPerRow(summary, b) is not null)
            .MaxBy(_rows);
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

    private double? NanosecondsPerRow(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean / _rows(benchmarkCase);
}
