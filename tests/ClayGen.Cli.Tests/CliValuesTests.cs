using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Tests;

public sealed class CliValuesTests
{
    private static readonly DateTimeOffset Now = new(2025, 7, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2025-06-30", "2025-06-30T00:00:00+00:00")]
    [InlineData("2025-06-30T19:00:00Z", "2025-06-30T19:00:00+00:00")]
    [InlineData("2025-06-30T19:00:00+02:00", "2025-06-30T19:00:00+02:00")]
    [InlineData("30d", "2025-06-01T12:00:00+00:00")]
    [InlineData("12h", "2025-07-01T00:00:00+00:00")]
    [InlineData("2w", "2025-06-17T12:00:00+00:00")]
    [InlineData("now", "2025-07-01T12:00:00+00:00")]
    public void TimesAreIsoDatesOrSpansBackFromNow(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CliValues.ParseTime(text, "--from", Now));
    }

    [Fact]
    public void CellsAreTextUnlessWrittenAsJson()
    {
        var row = CliValues.ParseCells(["f_a=Acme", "f_b:=42", "f_c:=true", "f_d=a=b", "f_e:=\"007\"", "f_f:=null"], "--cell");

        Assert.Equal("Acme", row["f_a"]);
        Assert.Equal(42L, row["f_b"]);
        Assert.Equal(true, row["f_c"]);
        Assert.Equal("a=b", row["f_d"]);
        Assert.Equal("007", row["f_e"]);
        Assert.Null(row["f_f"]);
    }

    [Fact]
    public void AnObjectCellIsRefused()
    {
        var error = Assert.Throws<CliUsageException>(() => CliValues.ParseCells(["f_a:={\"value\":1}"], "--cell"));
        Assert.Contains("plain value", error.Message, StringComparison.Ordinal);
    }
}
