using System.ComponentModel;
using ClayGen.Cli.Infrastructure;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>Tools that run enrichment columns and wait for their cells.</summary>
internal sealed class EnrichmentTools(ClayToolContext context)
{
    private const int MaxListed = 20;
    private const int MaxTimeoutSeconds = 3_600;

    [McpServerTool(Name = "run_enrichment", Title = "Run enrichment", Destructive = false, Idempotent = false)]
    [SpendsCredits]
    [Description(
        "Runs enrichment columns on rows (\"Run an enrichment column\"): SPENDS CREDITS for every cell it runs, and is never retried once sent. " +
        "Choose the rows with exactly one of recordIds, top or wholeView. By default it then waits until no cell is queued or running and reports each status.")]
    public async Task<string> RunEnrichmentAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The enrichment fields (f_...) to run.")] string[] fieldIds,
        [Description("Run these rows (r_...).")] string[]? recordIds = null,
        [Description("Run the first N rows of the view.")] int? top = null,
        [Description("Run every row of the view.")] bool wholeView = false,
        [Description("The view (gv_...) for top or wholeView; default: the table's first view.")] string? viewId = null,
        [Description("Run cells that already have a value too (spends credits on them again).")] bool force = false,
        [Description("Wait for the run's cells and report their statuses (default true); false returns once Clay accepted the run.")] bool wait = true,
        [Description("How long to wait, in seconds (1-3600, default 600); the run goes on at Clay after it.")] int timeoutSeconds = 600,
        IProgress<ProgressNotificationValue>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireIds(fieldIds, nameof(fieldIds), "f_", 50);
        var rows = recordIds is { Length: > 0 } ? recordIds : null;
        var choices = (top is not null ? 1 : 0) + (rows is not null ? 1 : 0) + (wholeView ? 1 : 0);
        if (choices != 1)
        {
            throw new ArgumentException("choose which rows to run (runs spend credits): exactly one of recordIds, top or wholeView.", nameof(recordIds));
        }

        if (top is <= 0)
        {
            throw new ArgumentException("must be at least 1.", nameof(top));
        }

        if (rows is not null)
        {
            ClayArgs.RequireIds(rows, nameof(recordIds), "r_", 10_000);
        }

        var timeout = Timeout(timeoutSeconds);
        var view = rows is not null ? null : await context.ViewIdAsync(tableId, viewId, cancellationToken);
        var target = rows is not null ? RunRecords.ForRecords(rows) : top is { } count ? RunRecords.TopOfView(view!, count) : RunRecords.WholeView(view!);
        var run = await context.Clay.Tables.RunEnrichmentAsync(tableId, fieldIds, target, force, cancellationToken);
        var started = new { recordCount = run.RecordCount, runMode = run.RunMode };
        if (!wait)
        {
            return ToolJson.Serialize(new { tableId, fieldIds, started, note = "Started; wait_for_enrichment reports the cells' statuses." });
        }

        // A top-N run names no rows: its first N ids are read once, as Clay picked them.
        IReadOnlyList<string>? waitRows = rows;
        if (top is { } n)
        {
            waitRows = [.. (await context.Clay.Tables.GetRecordIdsAsync(tableId, view!, cancellationToken)).Take(n)];
        }

        var result = await WaitAsync(tableId, fieldIds, waitRows, view, timeout, progress, cancellationToken);
        return ToolJson.Serialize(new { tableId, fieldIds, started, wait = Describe(result) });
    }

    [McpServerTool(Name = "wait_for_enrichment", Title = "Wait for enrichment", ReadOnly = true, Idempotent = true)]
    [Description("Waits until no cell of the given enrichment fields is queued, pending or running, on the given rows or the whole view, and reports counts per status and the rows that failed. Reads only; no credits.")]
    public async Task<string> WaitForEnrichmentAsync(
        [Description("The table id (t_...).")] string tableId,
        [Description("The enrichment fields (f_...) to watch.")] string[] fieldIds,
        [Description("Watch these rows (r_...); default: every row of the view.")] string[]? recordIds = null,
        [Description("The view (gv_...) when no rows are given; default: the table's first view.")] string? viewId = null,
        [Description("How long to wait, in seconds (1-3600, default 600).")] int timeoutSeconds = 600,
        IProgress<ProgressNotificationValue>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ClayArgs.RequireId(tableId, nameof(tableId), "t_");
        ClayArgs.RequireIds(fieldIds, nameof(fieldIds), "f_", 50);
        var rows = recordIds is { Length: > 0 } ? recordIds : null;
        if (rows is not null)
        {
            ClayArgs.RequireIds(rows, nameof(recordIds), "r_", 10_000);
        }

        var timeout = Timeout(timeoutSeconds);
        var view = rows is not null ? null : await context.ViewIdAsync(tableId, viewId, cancellationToken);
        var result = await WaitAsync(tableId, fieldIds, rows, view, timeout, progress, cancellationToken);
        return ToolJson.Serialize(new { tableId, fieldIds, wait = Describe(result) });
    }

    private Task<EnrichmentRunResult> WaitAsync(
        string tableId, string[] fieldIds, IReadOnlyList<string>? recordIds, string? viewId, TimeSpan timeout, IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken)
    {
        // Each poll becomes a progress notification (when the client asked for them), which also tells
        // clients that time out idle calls that a long wait is alive.
        var options = new EnrichmentWaitOptions
        {
            Timeout = timeout,
            Progress = progress is null ? null : new SyncProgress<EnrichmentRunResult>(r =>
                progress.Report(new ProgressNotificationValue { Progress = r.Cells - r.InProgress, Total = r.Cells, Message = r.ToString() })),
        };
        return recordIds is not null
            ? context.Clay.Tables.WaitForEnrichmentAsync(tableId, fieldIds, recordIds, options, cancellationToken)
            : context.Clay.Tables.WaitForEnrichmentAsync(tableId, fieldIds, viewId!, options, cancellationToken);
    }

    private static TimeSpan Timeout(int seconds) =>
        seconds is >= 1 and <= MaxTimeoutSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"must be between 1 and {MaxTimeoutSeconds} seconds.", "timeoutSeconds");

    private static object Describe(EnrichmentRunResult result)
    {
        var unsuccessful = result.UnsuccessfulCells;
        return new
        {
            complete = result.IsComplete,
            allSucceeded = result.AllSucceeded,
            cells = result.Cells,
            succeeded = result.Succeeded,
            failed = result.Failed,
            countsByStatus = result.CountsByStatus,
            unsuccessfulCells = unsuccessful.Take(MaxListed).Select(c => new { recordId = c.RecordId, fieldId = c.FieldId, status = c.Status, outcome = c.Outcome.ToString(), error = c.Error }),
            moreUnsuccessfulCells = unsuccessful.Count > MaxListed ? unsuccessful.Count - MaxListed : (int?)null,
            failedRecordIds = result.FailedRecordIds.Take(MaxListed),
            missingRecordIds = result.MissingRecordIds.Take(MaxListed),
            summary = result.ToString(),
        };
    }
}
