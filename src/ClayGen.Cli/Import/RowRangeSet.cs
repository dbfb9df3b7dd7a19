namespace ClayGen.Cli.Import;

/// <summary>
/// A set of row indexes kept as sorted, disjoint, non-touching half-open ranges. Batches complete out
/// of order, so the set of done rows is a few ranges with gaps, never a single "rows before N".
/// </summary>
internal sealed class RowRangeSet
{
    // Each range is [Start, End): End is the first index after it.
    private readonly List<(long Start, long End)> _ranges = [];

    public long Count { get; private set; }

    public int RangeCount => _ranges.Count;

    public static RowRangeSet From(IEnumerable<long[]>? ranges)
    {
        var set = new RowRangeSet();
        foreach (var range in ranges ?? [])
        {
            if (range is not [var start, var end] || start < 0 || end < start)
            {
                throw new FormatException("A row range must be [start, end) with 0 <= start <= end.");
            }

            set.AddRange(start, end);
        }

        return set;
    }

    public bool Contains(long index)
    {
        var at = FirstStartingAfter(index) - 1;
        return at >= 0 && index < _ranges[at].End;
    }

    public void Add(long index) => AddRange(index, index + 1);

    public void AddRange(long start, long end)
    {
        if (end <= start)
        {
            return;
        }

        // Every range that overlaps or touches [start, end) merges into one.
        var first = FirstStartingAfter(start) - 1;
        if (first < 0 || _ranges[first].End < start)
        {
            first++;
        }

        var last = first;
        var mergedStart = start;
        var mergedEnd = end;
        var removed = 0L;
        while (last < _ranges.Count && _ranges[last].Start <= end)
        {
            mergedStart = Math.Min(mergedStart, _ranges[last].Start);
            mergedEnd = Math.Max(mergedEnd, _ranges[last].End);
            removed += _ranges[last].End - _ranges[last].Start;
            last++;
        }

        _ranges.RemoveRange(first, last - first);
        _ranges.Insert(first, (mergedStart, mergedEnd));
        Count += mergedEnd - mergedStart - removed;
    }

    public void Remove(long index)
    {
        var at = FirstStartingAfter(index) - 1;
        if (at < 0 || index >= _ranges[at].End)
        {
            return;
        }

        var (start, end) = _ranges[at];
        _ranges.RemoveAt(at);
        if (index + 1 < end)
        {
            _ranges.Insert(at, (index + 1, end));
        }

        if (start < index)
        {
            _ranges.Insert(at, (start, index));
        }

        Count--;
    }

    public List<long[]> ToList() => [.. _ranges.Select(r => new[] { r.Start, r.End })];

    /// <summary>The index of the first range that starts after <paramref name="index"/>.</summary>
    private int FirstStartingAfter(long index)
    {
        int low = 0, high = _ranges.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_ranges[middle].Start <= index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
