using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ClayGen.Cli.Import;

/// <summary>
/// Writes rows that were not added to a file in the input's own format, so it can be fixed and
/// imported again: CSV gets <c>claygen:line</c>, <c>claygen:outcome</c> and <c>claygen:reason</c> columns
/// first (a malformed row follows as it was in the file), JSON Lines the same keys. The importer
/// ignores <c>claygen:</c> columns. Appends across resumed runs; flushed after every write.
/// </summary>
internal sealed class FailedRowWriter(string path, bool csv, char separator, IReadOnlyList<string> columns) : IDisposable
{
    private static readonly string[] NoteColumns = ["claygen:line", "claygen:outcome", "claygen:reason"];

    private readonly Lock _sync = new();

    // A failed file imported again has notes of its own: the new notes replace them.
    private readonly int[] _kept = [.. Enumerable.Range(0, columns.Count).Where(i => !columns[i].StartsWith(FieldMapper.NotePrefix, StringComparison.Ordinal))];
    private StreamWriter? _writer;

    public string Path { get; } = path;

    /// <summary>Rows written by this run.</summary>
    public long Count { get; private set; }

    public void Write(IEnumerable<SourceRow> rows, ImportOutcome outcome, string reason)
    {
        lock (_sync)
        {
            var writer = Open();
            foreach (var row in rows)
            {
                writer.Write(csv ? CsvLine(row, outcome, reason) : JsonLine(row, outcome, reason));
                writer.Write('\n');
                Count++;
            }

            // On disk before the resume file marks the rows done.
            writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private StreamWriter Open()
    {
        if (_writer is not null)
        {
            return _writer;
        }

        var isNew = !File.Exists(Path) || new FileInfo(Path).Length == 0;
        _writer = new StreamWriter(new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
        if (isNew && csv)
        {
            _writer.Write(string.Join(separator, NoteColumns.Concat(_kept.Select(i => columns[i])).Select(Escape)));
            _writer.Write('\n');
        }

        return _writer;
    }

    private string CsvLine(SourceRow row, ImportOutcome outcome, string reason)
    {
        var notes = string.Join(separator, new[] { row.Line.ToString(CultureInfo.InvariantCulture), outcome.ToString(), reason }.Select(Escape));
        return row.Fields is { } fields
            ? notes + separator + string.Join(separator, _kept.Select(i => i < fields.Length ? Escape(fields[i]) : string.Empty))
            : notes + separator + (row.Raw ?? string.Empty);
    }

    private static string JsonLine(SourceRow row, ImportOutcome outcome, string reason)
    {
        var json = new JsonObject();
        foreach (var (key, value) in row.Json ?? [])
        {
            if (!key.StartsWith(FieldMapper.NotePrefix, StringComparison.Ordinal))
            {
                json[key] = value?.DeepClone();
            }
        }

        if (row.Json is null)
        {
            json["claygen:raw"] = row.Raw;
        }

        json["claygen:line"] = row.Line;
        json["claygen:outcome"] = outcome.ToString();
        json["claygen:reason"] = reason;
        return json.ToJsonString();
    }

    private string Escape(string value) =>
        value.IndexOfAny([separator, '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
