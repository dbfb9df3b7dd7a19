using ClayGen.Cli.Import;

namespace ClayGen.Cli.Tests;

public sealed class RowRangeSetTests
{
    [Fact]
    public void RowsAddedOutOfOrderMergeIntoRanges()
    {
        var set = new RowRangeSet();
        set.AddRange(200, 300);
        set.AddRange(0, 100);
        set.AddRange(400, 500);
        set.AddRange(100, 200);

        Assert.Equal(400, set.Count);
        Assert.Equal([[0, 300], [400, 500]], set.ToList());
        Assert.True(set.Contains(299));
        Assert.False(set.Contains(300));
        Assert.False(set.Contains(399));
        Assert.True(set.Contains(400));
    }

    [Fact]
    public void OverlappingAddsCountEachRowOnce()
    {
        var set = new RowRangeSet();
        set.AddRange(10, 20);
        set.AddRange(15, 25);
        set.Add(12);
        set.AddRange(0, 30);

        Assert.Equal(30, set.Count);
        Assert.Equal([[0, 30]], set.ToList());
    }

    [Fact]
    public void RemoveSplitsARange()
    {
        var set = RowRangeSet.From([[0, 10]]);
        set.Remove(4);
        set.Remove(0);
        set.Remove(50);

        Assert.Equal(8, set.Count);
        Assert.Equal([[1, 4], [5, 10]], set.ToList());
        Assert.False(set.Contains(4));
    }

    [Fact]
    public void AnInvalidRangeFromAFileIsRefused()
    {
        Assert.Throws<FormatException>(() => RowRangeSet.From([[5, 1]]));
    }
}
