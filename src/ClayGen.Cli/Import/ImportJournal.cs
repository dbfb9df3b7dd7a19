using System.Text.Json;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Import;

/// <summary>
/// The live state behind the resume file, safe for batches completing on several threads. Rows are
/// written as in flight before their batch can be sent, and as completed only after the batch's
/// outcome is known (and its failed rows are on disk), so no row is ever sent twice.
/// </summary>
internal sealed class ImportJournal
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Lock _sync = new();
    private readonly ImportCheckpoint _checkpoint;
    private readonly RowRangeSet _completed;
    private readonly RowRangeSet _inFlight;
    private readonly RowRangeSet _inDoubt;
    private bool _dirty;

    private ImportJournal(string path, ImportCheckpoint checkpoint)
    {
        Path = path;
        _checkpoint = checkpoint;
        _completed = RowRangeSet.From(checkpoint.Completed);
        _inFlight = RowRangeSet.From(checkpoint.InFlight);
        _inDoubt = RowRangeSet.From(checkpoint.InFlight);
    }

    public string Path { get; }

    /// <summary>Whether an earlier run wrote this file (so this run resumes it).</summary>
    public bool Resumed { get; private init; }

    public long CompletedCount
    {
        get { lock (_sync) { return _completed.Count; } }
    }

    /// <summary>Rows an earlier, killed run had sent without learning the outcome.</summary>
    public long InDoubtCount
    {
        get { lock (_sync) { return _inDoubt.Count; } }
    }

    public ImportTotals Totals
    {
        get
        {
            lock (_sync)
            {
                var totals = _checkpoint.Totals;
                return new ImportTotals { Added = totals.Added, Rejected = totals.Rejected, Unknown = totals.Unknown, Malformed = totals.Malformed };
            }
        }
    }

    /// <summary>
    /// Opens the resume file of an earlier run of the same import, or starts a new one. A resume file
    /// for another version of the file, another server or table, or another mapping is refused.
    /// </summary>
    public static ImportJournal OpenOrCreate(string path, ImportCheckpoint fresh)
    {
        if (!File.Exists(path))
        {
            var journal = new ImportJournal(path, fresh);
            journal.Save();
            return journal;
        }

        ImportCheckpoint existing;
        try
        {
            existing = JsonSerializer.Deserialize<ImportCheckpoint>(File.ReadAllText(path), JsonOptions)
                ?? throw new JsonException("empty");
            RowRangeSet.From(existing.Completed);
            RowRangeSet.From(existing.InFlight);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or NotSupportedException)
        {
            throw new CliUsageException($"The resume file {path} cannot be read ({ex.Message}); delete it or pass --restart.");
        }

        if (existing.Version != ImportCheckpoint.CurrentVersion)
        {
            throw new CliUsageException($"The resume file {path} is of another version ({existing.Version}); pass --restart to import from the start.");
        }

        if (existing.FileLength != fresh.FileLength || !string.Equals(existing.FileSha256, fresh.FileSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException(
                $"{fresh.File} changed since its import started (resume file {path}); restore it, or pass --restart to import it from the start.");
        }

        if (!string.Equals(existing.Server, fresh.Server, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"The resume file {path} is for {existing.Server}, not {fresh.Server}; pass --restart to import into {fresh.Server}.");
        }

        if (!string.Equals(existing.TableId, fresh.TableId, StringComparison.Ordinal))
        {
            throw new CliUsageException($"The resume file {path} is for table {existing.TableId}, not {fresh.TableId}; pass --restart to import into {fresh.TableId}.");
        }

        if (!existing.Mapping.SequenceEqual(fresh.Mapping))
        {
            throw new CliUsageException(
                $"The resume file {path} mapped the columns differently ({Describe(existing.Mapping)}); use the same --map options, or pass --restart.");
        }

        return new ImportJournal(path, existing) { Resumed = true };
    }

    public bool IsCompleted(long index)
    {
        lock (_sync)
        {
            return _completed.Contains(index);
        }
    }

    public bool IsInDoubt(long index)
    {
        lock (_sync)
        {
            return _inDoubt.Contains(index);
        }
    }

    /// <summary>Records rows as handed to a batch; must be on disk before the batch can be sent.</summary>
    public void Dispatch(IEnumerable<long> indexes)
    {
        lock (_sync)
        {
            foreach (var index in indexes)
            {
                _inFlight.Add(index);
            }

            Save();
        }
    }

    /// <summary>Records rows as handled for good.</summary>
    /// <param name="indexes">The rows.</param>
    /// <param name="outcome">What became of them.</param>
    /// <param name="saveNow">
    /// False for rows that were never sent (malformed, or in doubt from an earlier run): losing that
    /// update to a crash only lists them in the failed file once more, so they are saved with the next
    /// batch rather than one write per row.
    /// </param>
    public void Complete(IReadOnlyCollection<long> indexes, ImportOutcome outcome, bool saveNow = true)
    {
        lock (_sync)
        {
            foreach (var index in indexes)
            {
                _inFlight.Remove(index);
                _inDoubt.Remove(index);
                _completed.Add(index);
            }

            var totals = _checkpoint.Totals;
            switch (outcome)
            {
                case ImportOutcome.Added: totals.Added += indexes.Count; break;
                case ImportOutcome.Rejected: totals.Rejected += indexes.Count; break;
                case ImportOutcome.Unknown: totals.Unknown += indexes.Count; break;
                case ImportOutcome.Malformed: totals.Malformed += indexes.Count; break;
            }

            if (saveNow)
            {
                Save();
            }
            else
            {
                _dirty = true;
            }
        }
    }

    /// <summary>Writes any state not saved yet.</summary>
    public void Flush()
    {
        lock (_sync)
        {
            if (_dirty)
            {
                Save();
            }
        }
    }

    /// <summary>Writes the state; callers hold the lock (or are alone with the journal).</summary>
    private void Save()
    {
        _checkpoint.Completed = _completed.ToList();
        _checkpoint.InFlight = _inFlight.ToList();
        _checkpoint.UpdatedAt = DateTimeOffset.UtcNow;

        // Write then rename, so a crash mid-write leaves the previous state rather than half a file.
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_checkpoint, JsonOptions));
        File.Move(temporary, Path, overwrite: true);
        _dirty = false;
    }

    private static string Describe(SortedDictionary<string, string> mapping) =>
        mapping.Count == 0 ? "no columns" : string.Join(", ", mapping.Select(m => $"{m.Key}={m.Value}"));
}
