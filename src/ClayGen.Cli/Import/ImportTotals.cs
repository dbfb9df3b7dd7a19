namespace ClayGen.Cli.Import;

/// <summary>Rows of one input file by what became of them, over every run of its import.</summary>
internal sealed class ImportTotals
{
    public long Added { get; set; }

    public long Rejected { get; set; }

    public long Unknown { get; set; }

    public long Malformed { get; set; }
}
