using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClayGen.Cli.Import;

/// <summary><c>clay records import [table-id] rows.csv</c>: bulk add with bounded concurrency, progress, a failed-rows file and resume.</summary>
internal static class ImportCommand
{
    private const int MaxWarnings = 20;

    public static Command Create(CliApp app)
    {
        var paths = new Argument<string[]>("table-id-and-file")
        {
            Description = "[table-id] file: the table (t_...; may be left out with --sandbox) and a .csv, .tsv or .jsonl file.",
            Arity = new ArgumentArity(1, 2),
        };
        var maps = new Option<string[]>("--map") { Description = "Map a column (or JSON key) to a field: --map 'Company=f_abc'. Repeat for each." };
        var ignoreUnmapped = new Option<bool>("--ignore-unmapped") { Description = "Leave out columns that match no field instead of stopping." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per request (1-10000).", DefaultValueFactory = _ => 100 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once (1-64).", DefaultValueFactory = _ => 4 };
        var format = new Option<string?>("--format") { Description = "csv, tsv or jsonl; default: from the file's extension." };
        var resumeFile = new Option<string?>("--resume-file") { Description = "Where progress is kept; default: <file>.claygen-resume.json (<file>.claygen-resume.sandbox.json with --sandbox)." };
        var failedFile = new Option<string?>("--failed-file") { Description = "Where rows that were not added go; default: <file>.failed.<ext> (<file>.failed.sandbox.<ext> with --sandbox)." };
        var restart = new Option<bool>("--restart") { Description = "Forget an earlier run's progress and failed rows and import from the first row." };
        var import = new Command(
            "import",
            "Add every row of a CSV/TSV (header row of field ids or names, or --map) or JSON Lines file, in batches, " +
            "with a progress bar. Stop it with Ctrl+C and run the same command again to continue: no row is added twice.")
        {
            paths, maps, ignoreUnmapped, batchSize, concurrency, format, resumeFile, failedFile, restart,
        };
        app.Bind(import, async ctx =>
        {
            var given = ctx.Get(paths) ?? [];
            var file = given[^1];
            var importFormat = ParseFormat(ctx.Get(format), file);
            var size = ctx.Get(batchSize);
            var parallel = ctx.Get(concurrency);
            if (size is < 1 or > 10_000)
            {
                throw new CliUsageException("--batch-size must be between 1 and 10000.");
            }

            if (parallel is < 1 or > 64)
            {
                throw new CliUsageException("--concurrency must be between 1 and 64.");
            }

            ImportFile.EnsureReadable(file, file);

            var importMaps = ParseMaps(ctx.Get(maps) ?? []);
            var clay = await ctx.ClientAsync();
            var settings = new ImportSettings
            {
                FilePath = file,
                TableId = ctx.TableId(given.Length == 2 ? given[0] : null, "clay records import <table-id> <file>"),
                Format = importFormat,
                Maps = importMaps,
                IgnoreUnmapped = ctx.Get(ignoreUnmapped),
                BatchSize = size,
                Concurrency = parallel,
                // A sandbox run keeps its own files: it must never restart or overwrite a real import's progress.
                ResumeFile = ctx.Get(resumeFile) ?? file + (ctx.UseSandbox ? ".claygen-resume.sandbox.json" : ".claygen-resume.json"),
                FailedFile = ctx.Get(failedFile) ?? file + (ctx.UseSandbox ? ".failed.sandbox." : ".failed.") + importFormat.ToString().ToLowerInvariant(),

                // A sandbox embedded in this command starts empty, so there is nothing to resume; a
                // served one keeps its rows, so an import into it resumes as against Clay.
                Restart = ctx.Get(restart) || ctx.Sandbox is { ProcessId: 0 },
            };
            var summary = await RunAsync(ctx, clay, settings);
            Report(ctx, summary);
            return summary.Interrupted ? CliExitCodes.Interrupted : summary.Failed > 0 ? CliExitCodes.Failure : CliExitCodes.Success;
        });
        return import;
    }

    private static async Task<ImportSummary> RunAsync(CliContext ctx, ClayClient clay, ImportSettings settings)
    {
        var warnings = 0;
        void Warn(MalformedRow row)
        {
            if (++warnings <= MaxWarnings)
            {
                ctx.Warn($"{settings.FilePath} line {row.Line}: {row.Reason}; row skipped (written to {settings.FailedFile}).");
            }
        }

        if (!ctx.Environment.Interactive || ctx.Json)
        {
            return await new ImportRunner(clay, settings) { OnMalformed = Warn }.RunAsync(ctx.CancellationToken);
        }

        // Warnings would tear through the live progress bar: they are listed once it is done.
        ImportSummary? summary = null;
        await ctx.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape($"Importing {Path.GetFileName(settings.FilePath)}"), maxValue: 1);
                var runner = new ImportRunner(clay, settings)
                {
                    CountRowsFirst = true,
                    OnStart = rows => task.MaxValue = Math.Max(rows, 1),
                    OnRowsHandled = rows => task.Increment(rows),
                };
                summary = await runner.RunAsync(ctx.CancellationToken);
                if (!summary.Interrupted)
                {
                    task.Value = task.MaxValue;
                }
            });
        foreach (var row in summary!.MalformedRows)
        {
            Warn(row);
        }

        return summary;
    }

    private static void Report(CliContext ctx, ImportSummary summary)
    {
        if (!ctx.Json && summary.Malformed > MaxWarnings)
        {
            ctx.Warn($"{summary.Malformed - MaxWarnings} more malformed rows: see {summary.FailedFile}.");
        }

        ctx.Output(ToJson(summary), () => Render(summary));
    }

    private static object ToJson(ImportSummary s) => new
    {
        file = s.File,
        tableId = s.TableId,
        rowsInFile = s.RowsInFile,
        added = s.Added,
        skipped = s.Skipped,
        failed = new { rejected = s.Rejected, unknown = s.Unknown, inDoubt = s.InDoubt, malformed = s.Malformed, total = s.Failed },
        notSent = s.NotSent,
        interrupted = s.Interrupted,
        resumed = s.Resumed,
        resumeFile = s.ResumeFile,
        failedFile = s.FailedFile,
        elapsedSeconds = Math.Round(s.Elapsed.TotalSeconds, 3),
        rowsPerSecond = Math.Round(s.RowsPerSecond),
        malformedRows = s.MalformedRows.Select(m => new { line = m.Line, reason = m.Reason }),
        overall = s.Overall,
    };

    private static IRenderable Render(ImportSummary s)
    {
        var lines = new List<IRenderable>();
        if (s.RowsInFile > 0 && s.Skipped == s.RowsInFile)
        {
            lines.Add(new Markup(
                $"Nothing to import: all {s.RowsInFile:N0} rows of {Markup.Escape(s.File)} were handled by an earlier run " +
                $"({s.Overall.Added:N0} added; progress in {Markup.Escape(s.ResumeFile)}). Pass --restart to import the file again.\n"));
            return new Rows(lines);
        }

        var verb = s.Interrupted ? "[yellow]Stopped[/] importing" : s.Resumed ? "Resumed importing" : "Imported";
        lines.Add(new Markup(
            $"{verb} {Markup.Escape(s.File)} into {Markup.Escape(s.TableId)} in {s.Elapsed.TotalSeconds:0.0} s ({s.RowsPerSecond:#,0} rows/s)."));
        var table = CliTable.Create("Rows", "Count", "Meaning");
        table.Columns[1].RightAligned();
        table.AddValues("in the file", Number(s.RowsInFile), string.Empty);
        table.AddValues("added", Number(s.Added), "added to the table by this run");
        table.AddValues("skipped", Number(s.Skipped), "handled by an earlier run of this import");
        table.AddValues("failed: rejected", Number(s.Rejected), "Clay refused them: certainly not added; fix them and import the failed file");
        table.AddValues("failed: unknown", Number(s.Unknown), "may or may not have been added: check the table before importing them again" +
            (s.InDoubt > 0 ? $" ({s.InDoubt:N0} were in flight when an earlier run stopped)" : string.Empty));
        table.AddValues("malformed", Number(s.Malformed), "could not be read (see the warnings)");
        table.AddValues("not sent", Number(s.NotSent), s.Interrupted ? "stopped before them: run the same command again to resume" : string.Empty);
        lines.Add(table);
        if (s.FailedFile is not null)
        {
            lines.Add(new Markup($"Failed rows: {Markup.Escape(s.FailedFile)} (with line, outcome and reason; import it again once fixed)."));
        }

        lines.Add(new Markup($"Progress: {Markup.Escape(s.ResumeFile)}" +
            (s.Interrupted ? " [yellow](run the same command again to continue)[/]" : string.Empty) + "\n"));
        return new Rows(lines);
    }

    private static string Number(long value) => value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    private static ImportFormat ParseFormat(string? given, string file)
    {
        var name = (given ?? Path.GetExtension(file).TrimStart('.')).ToLowerInvariant();
        return name switch
        {
            "jsonl" or "ndjson" => ImportFormat.Jsonl,
            "tsv" or "tab" => ImportFormat.Tsv,
            "csv" or "txt" or "" => ImportFormat.Csv,
            _ when given is null => ImportFormat.Csv,
            _ => throw new CliUsageException($"--format '{given}': use csv, tsv or jsonl."),
        };
    }

    private static Dictionary<string, string> ParseMaps(IEnumerable<string> maps)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var map in maps)
        {
            var equals = map.LastIndexOf('=');
            var column = equals > 0 ? map[..equals].Trim() : string.Empty;
            var field = equals > 0 ? map[(equals + 1)..].Trim() : string.Empty;
            if (column.Length == 0 || field.Length == 0)
            {
                throw new CliUsageException($"--map '{map}': expected <column>=<field-id>, e.g. --map 'Company=f_abc'.");
            }

            if (!result.TryAdd(column, field))
            {
                throw new CliUsageException($"--map: column '{column}' is mapped twice.");
            }
        }

        return result;
    }
}
