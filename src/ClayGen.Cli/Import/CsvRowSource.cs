using System.Runtime.CompilerServices;
using ClayGen.Cli.Infrastructure;
using CsvHelper;

namespace ClayGen.Cli.Import;

/// <summary>
/// CSV (or TSV) rows through CsvHelper, RFC 4180 quoting. A malformed record (bad quoting, a field
/// count unlike the header's) comes out as a row with its problem and line, and reading goes on.
/// </summary>
internal sealed class CsvRowSource : IRowSource
{
    private readonly Stream _stream;
    private readonly CsvReader _reader;
    private readonly List<(long Line, string Raw, CsvMalformedReason Reason)> _malformed = [];

    private CsvRowSource(Stream stream, char separator)
    {
        _stream = stream;
        _reader = CsvReader.Create(stream, new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => _malformed.Add((record.LineNumber, record.RawRecord, record.Reason)),
        }, leaveOpen: true);
    }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public static Task<CsvRowSource> OpenAsync(string path, char separator, CancellationToken cancellationToken) =>
        OpenAsync(ImportFile.OpenRead(path, path), separator, path, cancellationToken);

    /// <summary>Reads the header from <paramref name="stream"/>, which the source then owns (disposed with it, or here on failure).</summary>
    public static async Task<CsvRowSource> OpenAsync(Stream stream, char separator, string shownAs, CancellationToken cancellationToken)
    {
        var source = new CsvRowSource(stream, separator);
        try
        {
            await source._reader.ReadHeaderAsync(cancellationToken);
            source.Columns = [.. source._reader.Headers.Select(h => h.Trim())];
        }
        catch
        {
            await source.DisposeAsync();
            throw;
        }

        if (source.Columns.Count == 0)
        {
            await source.DisposeAsync();
            throw new CliUsageException($"{shownAs} has no header row: the first line must name the columns (field ids, field names, or names mapped with --map).");
        }

        return source;
    }

    public async IAsyncEnumerable<SourceRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        while (await _reader.ReadAsync(cancellationToken))
        {
            var line = _reader.LineNumber;

            // The reader reports skipped records as it passes them, before the next good one.
            foreach (var bad in TakeMalformedBefore(line))
            {
                yield return Malformed(index++, bad);
            }

            yield return new SourceRow(index++, line, ReadFields(), null, null, null);
        }

        foreach (var bad in TakeMalformedBefore(long.MaxValue))
        {
            yield return Malformed(index++, bad);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _stream.DisposeAsync();
    }

    private string[] ReadFields()
    {
        var fields = new string[_reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _reader.GetString(i);
        }

        return fields;
    }

    private List<(long Line, string Raw, CsvMalformedReason Reason)> TakeMalformedBefore(long line)
    {
        if (_malformed.Count == 0)
        {
            return [];
        }

        var taken = _malformed.Where(m => m.Line < line).OrderBy(m => m.Line).ToList();
        _malformed.RemoveAll(m => m.Line < line);
        return taken;
    }

    private SourceRow Malformed(long index, (long Line, string Raw, CsvMalformedReason Reason) bad) =>
        new(index, bad.Line, null, null, bad.Raw, Describe(bad.Reason), bad.Reason == CsvMalformedReason.UnterminatedQuote);

    private string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => $"the row does not have {Columns.Count} fields like the header",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double inner quotes)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed (it ran to the end of the file)",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        _ => "malformed CSV (" + reason + ")",
    };
}
