using System.ComponentModel;
using System.Text;
using ClayGen.Cli.Infrastructure;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>The export tool: Clay's CSV export job, started and waited for, answered with its download URL and the first rows.</summary>
internal sealed class ExportTools(ClayToolContext context)
{
    private const int MaxExcerptRows = 200;
    private const int MaxExcerptBytes = 256 * 1024;

    [McpServerTool(Name = "export_table", Title = "Export a table to CSV", ReadOnly = true, Idempotent = true)]
    [Description(
        "Exports a table or view to CSV with Clay's export job (enrichment columns hold their preview), waits until the file is ready, " +
        "and returns its download URL, its size and its first lines (not the whole file). Leaves the table unchanged; no credits.")]
    public async Task<string> ExportTableAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("Only this view's rows, with its filters (gv_...); default: every row of the table.")] string? viewId = null,
        [Description("How many data lines of the CSV to show after its header (0-200).")] int excerptRows = 20,
        IProgress<ProgressNotificationValue>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        if (excerptRows is < 0 or > MaxExcerptRows)
        {
            throw new ArgumentException($"must be between 0 and {MaxExcerptRows}.", nameof(excerptRows));
        }

        await using var file = new ExcerptStream(MaxExcerptBytes);
        var options = new ExportOptions
        {
            // Clay's job counts the rows it has written: each poll becomes a progress notification.
            Progress = progress is null ? null : new SyncProgress<ExportProgress>(p => progress.Report(new ProgressNotificationValue
            {
                Progress = p.Job.RecordsExportedCount ?? 0,
                Total = p.Job.TotalRecordsInViewCount,
                Message = p.Downloaded > 0 ? $"downloaded {p.Downloaded:N0} bytes" : $"export job {p.Job.Status}",
            })),
        };
        var job = await context.Clay.Exports.ExportAsync(tableId, string.IsNullOrWhiteSpace(viewId) ? null : viewId, file, options, cancellationToken);
        var lines = Encoding.UTF8.GetString(file.Head).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var complete = file.Written <= MaxExcerptBytes;
        if (complete && lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        else if (!complete)
        {
            // The last kept line may be cut mid-way.
            lines.RemoveAt(lines.Count - 1);
        }

        var shown = lines.Take(excerptRows + 1).ToList();
        var more = lines.Count > shown.Count || !complete;
        return ToolJson.Serialize(new
        {
            tableId,
            viewId,
            jobId = job.Id,
            status = job.Status,
            records = job.RecordsExportedCount,
            bytes = file.Written,
            downloadUrl = job.FileUrl?.AbsoluteUri ?? job.DownloadUrl ?? job.Url,
            fileName = job.FileName,
            csvExcerpt = string.Join('\n', shown),
            note = more
                ? $"The excerpt shows the header and {Math.Max(0, shown.Count - 1)} line(s); the whole file is at downloadUrl. read_records pages through the rows with their ids."
                : "The excerpt is the whole file.",
        });
    }
}
