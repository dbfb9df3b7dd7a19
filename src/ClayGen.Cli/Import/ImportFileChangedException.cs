namespace ClayGen.Cli.Import;

/// <summary>The input file is not what the first read of it saw: it changed between the reads.</summary>
/// <param name="difference">How it differs, completing "the file changed: ...".</param>
internal sealed class ImportFileChangedException(string difference) : IOException(difference)
{
    public string Difference { get; } = difference;
}
