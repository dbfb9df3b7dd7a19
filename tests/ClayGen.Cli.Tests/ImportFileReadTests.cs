using System.Text;
using ClayGen.Cli.Import;
using ClayGen.Cli.Infrastructure;
using ClayGen.Sandbox;

namespace ClayGen.Cli.Tests;

/// <summary>
/// How often an import reads its file (twice: a checking, fingerprinting scan, then the import) and
/// what it does when the file changes between or during those reads.
/// </summary>
public sealed class ImportFileReadTests : IAsyncLifetime
{
    private ClaySandbox _sandbox = null!;
    private ClayClient _clay = null!;
    private string _directory = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await ClaySandbox.StartAsync();
        _clay = new ClayClient(new ClayClientOptions { BaseAddress = _sandbox.BaseAddress, Session = ClaySession.FromCookie(_sandbox.Session) });
        _directory = Path.Combine(Path.GetTempPath(), "claygen-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    public async Task DisposeAsync()
    {
        _clay.Dispose();
        await _sandbox.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnImportOpensAndReadsItsFileExactlyTwice(bool jsonLines)
    {
        var format = jsonLines ? ImportFormat.Jsonl : ImportFormat.Csv;
        var file = Write(format == ImportFormat.Csv ? "rows.csv" : "rows.jsonl", format == ImportFormat.Csv ? ImportFiles.Companies(_sandbox, 500) : Jsonl(500));
        var opener = new CountingFileOpener();

        var summary = await Runner(file, format, opener).RunAsync(CancellationToken.None);

        Assert.Equal(500, summary.Added);
        Assert.Equal(2, opener.Opens);
        Assert.Equal(2 * new FileInfo(file).Length, opener.BytesRead);
    }

    [Fact]
    public async Task AResumeRefusesAFileChangedInPlaceAfterReadingItOnceAndSendingNothing()
    {
        var file = Write("rows.csv", ImportFiles.Companies(_sandbox, 50));
        await Runner(file, ImportFormat.Csv, new CountingFileOpener()).RunAsync(CancellationToken.None);
        Replace(file, ImportFiles.Name(10), "Changed 00010");
        var posts = RecordPosts();
        var opener = new CountingFileOpener();

        var error = await Assert.ThrowsAsync<CliUsageException>(() => Runner(file, ImportFormat.Csv, opener).RunAsync(CancellationToken.None));

        Assert.Contains("changed since its import started", error.Message, StringComparison.Ordinal);
        Assert.Contains("--restart", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, opener.Opens);
        Assert.Equal(posts, RecordPosts());
        Assert.Equal(50, _sandbox.TotalRecordCount(_sandbox.TableId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFileChangedBetweenTheScanAndTheImportIsRefusedBeforeAnyRowIsSent(bool sameLength)
    {
        var file = Write("rows.csv", ImportFiles.Companies(_sandbox, 200));
        var opener = new CountingFileOpener
        {
            BeforeOpen = open =>
            {
                if (open == 2)
                {
                    if (sameLength)
                    {
                        Replace(file, ImportFiles.Name(150), "Changed 00150");
                    }
                    else
                    {
                        File.AppendAllText(file, "Late Co,late.example.com,1\n");
                    }
                }
            },
        };

        var error = await Assert.ThrowsAsync<CliUsageException>(() => Runner(file, ImportFormat.Csv, opener).RunAsync(CancellationToken.None));

        Assert.Contains("changed after it was checked", error.Message, StringComparison.Ordinal);
        Assert.Contains("no row was sent", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, RecordPosts());
        Assert.Equal(0, _sandbox.TotalRecordCount(_sandbox.TableId));

        // The resume file of this run held nothing but the old fingerprint: the next run imports the file as it is.
        var again = await Runner(file, ImportFormat.Csv, new CountingFileOpener()).RunAsync(CancellationToken.None);
        Assert.Equal(sameLength ? 200 : 201, again.Added);
    }

    [Fact]
    public async Task AFileChangedDuringTheImportStopsItBeforeTheChangedBlockAndTheResumeRefusesIt()
    {
        const int rows = 1_000;
        var file = Write("rows.csv", ImportFiles.Companies(_sandbox, rows));
        var changedAt = File.ReadAllText(file).IndexOf(ImportFiles.Name(900), StringComparison.Ordinal);
        var opener = new CountingFileOpener
        {
            BeforeOpen = open =>
            {
                if (open == 2)
                {
                    Replace(file, ImportFiles.Name(900), "Changed 00900");
                }
            },
        };
        var runner = Runner(file, ImportFormat.Csv, opener, blockSize: 4096);

        var error = await Assert.ThrowsAsync<CliUsageException>(() => runner.RunAsync(CancellationToken.None));

        Assert.Contains("changed while it was being imported", error.Message, StringComparison.Ordinal);
        var records = await SandboxRecords.ReadAllAsync(_sandbox, _sandbox.TableId, _sandbox.ViewId);
        var names = records.Select(r => SandboxRecords.Cell(r, _sandbox.FieldIds[0])!).ToList();
        Assert.NotEmpty(names);
        Assert.Contains($"after adding {names.Count:N0} rows", error.Message, StringComparison.Ordinal);

        // Only rows whose bytes lie wholly in blocks before the changed one were read, so only they were sent.
        var firstChangedBlock = changedAt / 4096 * 4096;
        var sendable = RowsEndingBefore(File.ReadAllText(file), firstChangedBlock);
        Assert.InRange(sendable, 1, 899);
        Assert.All(names, name => Assert.InRange(RowOf(name), 0, sendable - 1));

        var resumed = await Assert.ThrowsAsync<CliUsageException>(() => Runner(file, ImportFormat.Csv, new CountingFileOpener()).RunAsync(CancellationToken.None));
        Assert.Contains("changed since its import started", resumed.Message, StringComparison.Ordinal);
        Assert.Equal(names.Count, _sandbox.TotalRecordCount(_sandbox.TableId));
    }

    private ImportRunner Runner(string file, ImportFormat format, CountingFileOpener opener, int blockSize = FileFingerprint.DefaultBlockSize) =>
        new(_clay, new ImportSettings
        {
            FilePath = file,
            TableId = _sandbox.TableId,
            Format = format,
            BatchSize = 10,
            Concurrency = 2,
            ResumeFile = file + ".claygen-resume.json",
            FailedFile = file + ".failed",
        })
        {
            OpenFile = opener.Open,
            VerifyBlockSize = blockSize,
        };

    private int RecordPosts() =>
        _sandbox.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/records", StringComparison.Ordinal));

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string Jsonl(int rows) => string.Concat(Enumerable.Range(0, rows).Select(i => $$"""{"{{_sandbox.FieldIds[0]}}":"{{ImportFiles.Name(i)}}"}""" + "\n"));

    /// <summary>How many data rows of a CSV end (newline included) at or before byte <paramref name="offset"/>.</summary>
    private static int RowsEndingBefore(string csv, int offset)
    {
        var end = 0;
        var rows = -1; // the header is not a row
        foreach (var line in csv.Split('\n')[..^1])
        {
            end += Encoding.UTF8.GetByteCount(line) + 1;
            if (end > offset)
            {
                break;
            }

            rows++;
        }

        return rows;
    }

    private static int RowOf(string name)
    {
        Assert.StartsWith("Company ", name, StringComparison.Ordinal);
        return int.Parse(name["Company ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Changes the file in place, keeping its length.</summary>
    private static void Replace(string file, string text, string with)
    {
        Assert.Equal(text.Length, with.Length);
        var content = File.ReadAllText(file);
        Assert.Contains(text, content, StringComparison.Ordinal);
        File.WriteAllText(file, content.Replace(text, with, StringComparison.Ordinal));
    }
}
