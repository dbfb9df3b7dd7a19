namespace ClayGen.Cli.Import;

/// <summary>
/// A row as sent to Clay (field id to plain value) that remembers where it came from, so a batch's
/// outcome can be written against the file's row numbers and lines.
/// </summary>
internal sealed class ImportRow(SourceRow source) : Dictionary<string, object?>(StringComparer.Ordinal)
{
    public SourceRow Source { get; } = source;

    public long Index => Source.Index;
}
