using System.Diagnostics;
using System.Runtime.CompilerServices;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Import;

/// <summary>
/// Imports a CSV or JSON Lines file into a table through the library's
/// <see cref="ITablesClient.AddRecordsInBatchesAsync"/> (batches with bounded concurrency), keeping a
/// resume file so a stopped or killed import continues where it was without adding a row twice.
/// </summary>
/// <remarks>
/// <para>
/// Batches complete out of order, so the resume file keeps the set of completed rows as ranges, not a
/// single offset: a resumed run reads every row and skips each completed one.
/// </para>
/// <para>
/// Each row travels through the library with its source row as key. A row is written as in flight when
/// the library announces its batch (before the request goes out) and as completed once its outcome is
/// known. Rows still in
/// flight when a run is killed are reported as unknown by the next run, never sent again.
/// </para>
/// <para>
/// Stopping (the cancellation token) is graceful: no new rows are handed out, the batches in flight
/// finish, and their outcomes are recorded.
/// </para>
/// </remarks>
internal sealed class ImportRunner(ClayClient clay, ImportSettings settings)
{
    private const int MaxMalformedListed = 100;
    private const string InDoubtReason =
        "it was being sent when an earlier run of this import stopped, so it may or may not have been added: check the table before importing it again";

    /// <summary>Called before sending with the number of rows this run goes through, when <see cref="CountRowsFirst"/> is set.</summary>
    public Action<long>? OnStart { get; init; }

    /// <summary>Called as rows are handled (added, failed or malformed), possibly from several threads.</summary>
    public Action<long>? OnRowsHandled { get; init; }

    /// <summary>Called for each malformed row.</summary>
    public Action<MalformedRow>? OnMalformed { get; init; }

    /// <summary>Receives the library's progress after each batch.</summary>
    public IProgress<BulkAddProgress>? Progress { get; init; }

    /// <summary>Report the file's row count (from the first read, see <see cref="RunAsync"/>) through <see cref="OnStart"/> before sending.</summary>
    public bool CountRowsFirst { get; init; }

    /// <summary>Opens the input file for each read of it; by default from disk. Tests count the reads through it.</summary>
    public Func<string, Stream>? OpenFile { get; init; }

    /// <summary>Bytes per block the second read checks against the first (<see cref="FileFingerprint.DefaultBlockSize"/>).</summary>
    public int VerifyBlockSize { get; init; } = FileFingerprint.DefaultBlockSize;

    /// <remarks>
    /// The file is read twice, never more. The first read must see every byte before any row is sent:
    /// it refuses binary or non-UTF-8 content and a quote that never closes ("nothing was sent"), it
    /// gives the fingerprint a resume file is compared with before sending, and it counts the rows for
    /// the progress bar; keeping the rows in memory instead of reading them again does not scale to a
    /// file of several GB. The second read sends, and is checked block by block against the first (see
    /// <see cref="VerifyingStream"/>), so a file changed in between stops the import instead of sending
    /// rows the checks and the fingerprint never saw.
    /// </remarks>
    public async Task<ImportSummary> RunAsync(CancellationToken stopToken)
    {
        var started = Stopwatch.GetTimestamp();
        var path = Path.GetFullPath(settings.FilePath);
        ImportFile.EnsureReadable(path, settings.FilePath);

        // A quote left open swallows every line after it into one row: refuse the file before anything
        // is sent (or a resume file is touched), naming the lines, rather than report "1 malformed row".
        var scan = await ScanAsync(path, stopToken);
        if (settings.Restart)
        {
            File.Delete(settings.ResumeFile);
            File.Delete(settings.FailedFile);
        }

        var table = (await clay.Tables.GetTableAsync(settings.TableId, stopToken)).Table
            ?? throw new CliUsageException($"Clay returned no table for {settings.TableId}.");
        var mapper = settings.Format == ImportFormat.Jsonl
            ? FieldMapper.ForKeys(table, settings.Maps, settings.IgnoreUnmapped)
            : FieldMapper.ForColumns(scan.Columns, table, settings.Maps, settings.IgnoreUnmapped, settings.FilePath);
        var journal = ImportJournal.OpenOrCreate(settings.ResumeFile, new ImportCheckpoint
        {
            File = path,
            FileLength = scan.Fingerprint.Length,
            FileSha256 = scan.Fingerprint.Sha256,
            Server = clay.BaseAddress.AbsoluteUri,
            TableId = settings.TableId,
            Mapping = mapper.Mapping,
            StartedAt = DateTimeOffset.UtcNow,
        });

        await using var source = await OpenVerifiedAsync(path, scan.Fingerprint, journal);
        using var failed = new FailedRowWriter(settings.FailedFile, settings.Format != ImportFormat.Jsonl, settings.Separator, scan.Columns);

        if (CountRowsFirst && OnStart is not null)
        {
            OnStart(scan.Rows - journal.CompletedCount);
        }

        var state = new RunState();
        await using var rows = source.ReadAsync(CancellationToken.None).GetAsyncEnumerator();
        var options = new BulkAddOptions<SourceRow>
        {
            BatchSize = settings.BatchSize,
            MaxConcurrency = settings.Concurrency,
            Progress = Progress,

            // The rows of a batch are in flight from the moment it may be sent: recorded before, so a
            // killed run's next run reports them as unknown instead of sending them again.
            OnBatchSending = (rows, _) =>
            {
                journal.Dispatch(rows.Select(r => r.Key.Index));
                return ValueTask.CompletedTask;
            },
            OnBatchCompleted = (batch, _) =>
            {
                Record(batch, journal, failed);
                return ValueTask.CompletedTask;
            },
        };

        // Not the stop token: stopping ends the rows handed out, and the batches in flight must finish
        // so their outcomes are recorded.
        BulkAddResult<SourceRow> result;
        try
        {
            result = await clay.Tables.AddRecordsInBatchesAsync(
                settings.TableId, RowsAsync(rows, journal, mapper, failed, state, stopToken), options, CancellationToken.None);
        }
        finally
        {
            journal.Flush();
        }

        if (state.Changed is { } changed)
        {
            throw ChangedWhileImporting(changed, result.RowsAdded);
        }

        if (state.Stopped)
        {
            while (await NextOrChangedAsync(rows, result.RowsAdded))
            {
                state.RowsRead++;
                if (journal.IsCompleted(rows.Current.Index))
                {
                    state.Skipped++;
                }
                else
                {
                    state.NotSent++;
                }
            }
        }

        var unknown = result.FailedBatches.Where(b => b.Outcome == BulkAddOutcome.Unknown).Sum(b => (long)b.Rows.Count);
        return new ImportSummary
        {
            File = settings.FilePath,
            TableId = settings.TableId,
            RowsInFile = state.RowsRead,
            Added = result.RowsAdded,
            Skipped = state.Skipped,
            Rejected = result.RowsFailed - unknown,
            Unknown = unknown + state.InDoubt,
            InDoubt = state.InDoubt,
            Malformed = state.Malformed,
            NotSent = state.NotSent,
            Interrupted = state.Stopped,
            Resumed = journal.Resumed,
            ResumeFile = settings.ResumeFile,
            FailedFile = failed.Count > 0 ? failed.Path : null,
            Elapsed = Stopwatch.GetElapsedTime(started),
            MalformedRows = state.MalformedRows,
            Overall = journal.Totals,
        };
    }

    private async IAsyncEnumerable<BulkAddRow<SourceRow>> RowsAsync(
        IAsyncEnumerator<SourceRow> rows,
        ImportJournal journal,
        FieldMapper mapper,
        FailedRowWriter failed,
        RunState state,
        [EnumeratorCancellation] CancellationToken stopToken)
    {
        while (true)
        {
            // The batches in flight finish and are recorded (the rows before the change are the file
            // that was checked); the error is thrown once they are.
            try
            {
                if (!await rows.MoveNextAsync())
                {
                    break;
                }
            }
            catch (ImportFileChangedException ex)
            {
                state.Changed = ex;
                break;
            }

            var row = rows.Current;
            state.RowsRead++;
            if (journal.IsCompleted(row.Index))
            {
                state.Skipped++;
                continue;
            }

            if (stopToken.IsCancellationRequested)
            {
                state.Stopped = true;
                state.NotSent++;
                break;
            }

            if (journal.IsInDoubt(row.Index))
            {
                failed.Write([row], ImportOutcome.Unknown, InDoubtReason);
                journal.Complete([row.Index], ImportOutcome.Unknown, saveNow: false);
                state.InDoubt++;
                OnRowsHandled?.Invoke(1);
                continue;
            }

            if (mapper.Map(row, out var problem) is not { } mapped)
            {
                var malformed = new MalformedRow(row.Line, problem ?? "unreadable");
                failed.Write([row], ImportOutcome.Malformed, malformed.Reason);
                journal.Complete([row.Index], ImportOutcome.Malformed, saveNow: false);
                state.Malformed++;
                if (state.MalformedRows.Count < MaxMalformedListed)
                {
                    state.MalformedRows.Add(malformed);
                }

                OnMalformed?.Invoke(malformed);
                OnRowsHandled?.Invoke(1);
                continue;
            }

            yield return new BulkAddRow<SourceRow>(row, mapped);
        }
    }

    private void Record(BulkAddBatch<SourceRow> batch, ImportJournal journal, FailedRowWriter failed)
    {
        var rows = batch.Rows.Select(r => r.Key).ToList();
        var outcome = batch.Outcome switch
        {
            BulkAddOutcome.Added => ImportOutcome.Added,
            BulkAddOutcome.Rejected => ImportOutcome.Rejected,
            _ => ImportOutcome.Unknown,
        };
        if (outcome != ImportOutcome.Added)
        {
            var error = ErrorReporter.OneLine(batch.Error?.Message ?? "the batch failed");
            var reason = outcome == ImportOutcome.Rejected
                ? "Clay refused the batch (not added; fix and import again): " + error
                : "the batch failed after it may have reached Clay (check the table before importing again): " + error;
            failed.Write(rows, outcome, reason);
        }

        journal.Complete([.. rows.Select(r => r.Index)], outcome);
        OnRowsHandled?.Invoke(rows.Count);
    }

    private Stream Open(string path) => OpenFile?.Invoke(path) ?? ImportFile.OpenRead(path, settings.FilePath);

    /// <summary>Rows of <paramref name="stream"/>, which the source then owns (disposed here if opening fails).</summary>
    private async Task<IRowSource> OpenAsync(Stream stream, CancellationToken cancellationToken) =>
        settings.Format == ImportFormat.Jsonl
            ? JsonlRowSource.Open(stream)
            : await CsvRowSource.OpenAsync(stream, settings.Separator, settings.FilePath, cancellationToken);

    /// <summary>The second read: rows of the file only as far as it is still the file <paramref name="fingerprint"/> describes.</summary>
    private async Task<IRowSource> OpenVerifiedAsync(string path, FileFingerprint fingerprint, ImportJournal journal)
    {
        var file = Open(path);
        VerifyingStream verified;
        try
        {
            verified = new VerifyingStream(file, fingerprint);
        }
        catch (ImportFileChangedException ex)
        {
            await file.DisposeAsync();
            throw ChangedBeforeSending(ex, journal);
        }

        try
        {
            return await OpenAsync(verified, CancellationToken.None);
        }
        catch (ImportFileChangedException ex)
        {
            throw ChangedBeforeSending(ex, journal);
        }
    }

    private async ValueTask<bool> NextOrChangedAsync(IAsyncEnumerator<SourceRow> rows, long rowsAdded)
    {
        try
        {
            return await rows.MoveNextAsync();
        }
        catch (ImportFileChangedException ex)
        {
            throw ChangedWhileImporting(ex, rowsAdded);
        }
    }

    private CliUsageException ChangedBeforeSending(ImportFileChangedException ex, ImportJournal journal)
    {
        if (journal.Resumed)
        {
            return new($"{settings.FilePath} changed after it was checked ({ex.Difference}); no row was sent. " +
                $"Restore it and run again to continue its import (progress in {settings.ResumeFile}), or pass --restart to import it from the start.");
        }

        // This run's resume file holds no progress, only the fingerprint of the file as it was: without
        // it, running again imports the file as it is now.
        File.Delete(journal.Path);
        return new($"{settings.FilePath} changed after it was checked ({ex.Difference}); no row was sent. Run again to import the file as it is now.");
    }

    private CliUsageException ChangedWhileImporting(ImportFileChangedException ex, long rowsAdded) =>
        new($"{settings.FilePath} changed while it was being imported ({ex.Difference}); the import stopped after adding {rowsAdded:N0} rows " +
            $"read before the change, and sent none after it (progress in {settings.ResumeFile}). Restore the file and run again to continue, " +
            "or pass --restart to import it from the start.");

    /// <summary>
    /// The first read: checks every byte (UTF-8 text), fingerprints the file and counts its rows,
    /// refusing a file whose quote never closes.
    /// </summary>
    private async Task<ImportScan> ScanAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FingerprintingStream(Open(path), settings.FilePath, VerifyBlockSize);
        await using var source = await OpenAsync(file, cancellationToken);
        long count = 0;
        await foreach (var row in source.ReadAsync(cancellationToken))
        {
            count++;
            if (row.RunsToEndOfFile)
            {
                var lines = LineCount(row.Raw);
                throw new CliUsageException(
                    $"{settings.FilePath} line {row.Line:N0}: a quoted field is never closed, so the rest of the file " +
                    $"({lines:N0} lines, {row.Line:N0} to {row.Line + lines - 1:N0}) would be read as one malformed row. " +
                    "Nothing was sent: close the quote (or double a quote meant literally) and run again.");
            }
        }

        return new ImportScan(count, source.Columns, await file.FinishAsync(cancellationToken));
    }

    private static long LineCount(string? text) =>
        string.IsNullOrEmpty(text) ? 1 : text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);

    /// <summary>Counters of one run; only the row sequence touches them, one row at a time.</summary>
    private sealed class RunState
    {
        public long RowsRead { get; set; }

        public long Skipped { get; set; }

        public long InDoubt { get; set; }

        public long Malformed { get; set; }

        public long NotSent { get; set; }

        public bool Stopped { get; set; }

        /// <summary>Set when the second read found the file changed: no row after the change was sent.</summary>
        public ImportFileChangedException? Changed { get; set; }

        public List<MalformedRow> MalformedRows { get; } = [];
    }
}
