using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClayGen.Cli.Infrastructure;
using ClayGen.Sandbox;
using Spectre.Console;

namespace ClayGen.Cli.Tour;

/// <summary>
/// Runs the tour, the whole round trip (a table with an enrichment column, rows in, run, wait, rows and a
/// CSV out, clean up): each step calls the library against a fresh in-memory sandbox and prints the
/// command that does the same, the requests the sandbox received (method, path, body) with their
/// status, and what came back.
/// </summary>
internal sealed partial class TourRunner(CliContext ctx)
{
    private const int BodyWidth = 96;
    private const string EnrichmentAction = "clearbit-enrich-company";
    private static readonly TimeSpan RunQueuedFor = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RunRunningFor = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ExportDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly List<TourStep> _steps = [];
    private ClaySandbox? _sandbox;
    private int _seen;

    public async Task<int> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var ct = ctx.CancellationToken;

        // In memory (no port), with the enrichment and export delays cut short so the tour takes a second or two.
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(
            new ClaySandboxOptions { RunQueuedFor = RunQueuedFor, RunRunningFor = RunRunningFor, ExportDelay = ExportDelay }, ct);
        _sandbox = sandbox;
        using var clay = new ClayClient(new ClayClientOptions { BaseAddress = sandbox.BaseAddress, PrimaryHandler = sandbox.CreateHandler() });
        if (!ctx.Json)
        {
            ctx.Console.MarkupLine(
                "[bold]ClayGen tour[/]: data in, enriched, and out again, against an embedded in-memory stand-in for Clay " +
                "(it speaks Clay's v3 API; no account, no network).\n");
        }

        await Step("Log in with email and password", $"clay login --email {sandbox.Email} --password-stdin",
            () => clay.LoginAsync(sandbox.Email, sandbox.Password, ct),
            s => $"session {s.CookieValue[..Math.Min(4, s.CookieValue.Length)]}... (the claysession cookie, a secret; sent with every later call)");

        var me = await Step("Who am I", "clay me",
            () => clay.Auth.GetCurrentUserAsync(ct),
            u => $"user {u.Id} {u.Email}, last workspace {u.LastWorkspaceId}");
        var workspaceId = me.LastWorkspaceId ?? sandbox.WorkspaceId;

        var table = await Step("Create a table", "clay tables create \"Inbound leads\"",
            () => clay.Tables.CreateTableAsync(workspaceId, "Inbound leads", cancellationToken: ct),
            t => $"table {t.Id} \"{t.Name}\" in a new workbook {t.WorkbookId}; default view {t.DefaultViewId}");
        var tableId = table.Id;
        var viewId = table.DefaultViewId;

        var (company, domain) = await Step("Add the columns Company and Domain",
            $"clay fields add {tableId} --name Company && clay fields add {tableId} --name Domain",
            async () =>
            {
                var c = await clay.Fields.CreateFieldAsync(tableId, FieldDefinitions.Plain("Company", "text", viewId), ct);
                var d = await clay.Fields.CreateFieldAsync(tableId, FieldDefinitions.Plain("Domain", "text", viewId), ct);
                return (c.Field!.Id, d.Field!.Id);
            },
            f => $"Company {f.Item1}, Domain {f.Item2}");

        var action = await Step("Pick an enrichment from the workspace's action catalog", "clay integrations actions",
            async () => (await clay.Integrations.ListActionsAsync(workspaceId, ct)).Actions.First(a => a.Key == EnrichmentAction),
            a => $"{a.Key} \"{a.DisplayName}\" of package {a.Package?.Name} ({a.Package?.Id})");

        var enrich = await Step("Add an enrichment column bound to Domain",
            $"clay fields add {tableId} --name \"Work email\" --action {action.Key} --package {action.Package?.Id} --input domain={domain}",
            async () => (await clay.Fields.CreateFieldAsync(
                tableId, FieldDefinitions.Enrichment("Work email", action.Key, action.Package!.Id!, new Dictionary<string, string> { ["domain"] = domain }, viewId: viewId), ct)).Field!,
            f => $"{f.Id} \"{f.Name}\" ({f.Type}): runs {action.Key} on each row's Domain");

        Dictionary<string, object?> Row(string name, string site) => new() { [company] = name, [domain] = site };
        var added = await Step("Add rows", $"clay records add {tableId} --cell {company}=Acme --cell {domain}=acme.com   (x3)",
            () => clay.Tables.AddRecordsAsync(tableId, [Row("Acme", "acme.com"), Row("Globex", "https://www.globex.com"), Row("Initech", "initech.io")], ct),
            rows => "added " + string.Join(", ", (rows.Records ?? []).Select(r => r.Id)));
        var recordIds = (added.Records ?? []).Select(r => r.Id).ToList();

        await Step("Run the enrichment column on every row", $"clay enrich run {tableId} --field {enrich.Id} --whole-view",
            () => clay.Tables.RunEnrichmentAsync(tableId, [enrich.Id], RunRecords.WholeView(viewId), cancellationToken: ct),
            run => $"{run.RecordCount} rows queued (mode {run.RunMode}); runs spend credits, so they are never retried once sent");

        await Step("Wait for the run to finish", $"clay enrich run {tableId} --field {enrich.Id} --whole-view --wait",
            () => CliProgress.RunAsync(ctx, "Enriching", task => clay.Tables.WaitForEnrichmentAsync(tableId, [enrich.Id], recordIds, new EnrichmentWaitOptions
            {
                PollInterval = PollInterval,
                Progress = task is null ? null : new SyncProgress<EnrichmentRunResult>(r => task.Value = r.Cells == 0 ? 0 : (double)(r.Cells - r.InProgress) / r.Cells),
            }, ct)),
            result => $"{result}; polled until no cell was queued, pending or running");

        var rows = await Step("Read the enriched rows back", $"clay records list {tableId}",
            async () =>
            {
                var list = new List<Record>();
                await foreach (var record in clay.Tables.StreamRecordsAsync(tableId, viewId, cancellationToken: ct))
                {
                    list.Add(record);
                }

                return list;
            },
            list => string.Join("; ", list.Select(r =>
            {
                var cell = r.GetCell(enrich.Id);
                return $"{r.GetCell(company).AsText()} → {cell.AsText()} ({cell.Status})";
            })));

        await Step("Read one row's full enrichment output", $"clay records get {tableId} {rows[0].Id}",
            () => clay.Tables.GetRecordAsync(tableId, rows[0].Id, ct),
            r => $"\"Work email\" of {r.GetCell(company).AsText()}: {r.GetCell(enrich.Id).FullValue?.ToString(Newtonsoft.Json.Formatting.None)}");

        var csv = await Step("Export the table to CSV", $"clay records export {tableId} --format csv --out leads.csv",
            async () =>
            {
                using var file = new MemoryStream();
                await clay.Exports.ExportAsync(tableId, viewId, file, new ExportOptions { PollInterval = PollInterval }, ct);
                return Encoding.UTF8.GetString(file.ToArray());
            },
            text => $"{Count(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, "line")}; the first ones:\n" +
                string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(3).Select(l => "  " + l.TrimEnd('\r'))));

        await Step("Clean up: delete the table", $"clay tables delete {tableId} --yes",
            async () =>
            {
                await clay.Tables.DeleteTableAsync(tableId, ct);
                return (await clay.Tables.ListTablesAsync(workspaceId, ct)).Results.Any(t => t.Id == tableId);
            },
            stillListed => stillListed ? "deleted, but still listed" : "deleted; the workspace no longer lists it");

        clock.Stop();
        if (ctx.Json)
        {
            ctx.WriteJson(new
            {
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
                exportedCsv = csv,
                steps = _steps.Select(s => new
                {
                    step = s.Number,
                    title = s.Title,
                    command = s.Command,
                    requests = s.Requests.Select(r => new { method = r.Method, path = Path(r), status = r.StatusCode }),
                    result = s.Result,
                }),
            });
        }
        else
        {
            ctx.Console.MarkupLine(
                $"[green]Done[/]: {_steps.Count} steps, {sandbox.RequestCount} requests in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s. " +
                "Each step is a command: add [bold]--sandbox[/] to try it (or `clay sandbox serve` to keep state between commands), " +
                "or run [bold]clay login[/] to use your Clay account.");
        }

        return CliExitCodes.Success;
    }

    private async Task<T> Step<T>(string title, string command, Func<Task<T>> action, Func<T, string> describe)
    {
        var result = await action();
        var requests = _sandbox!.Requests.Skip(_seen).ToList();
        _seen += requests.Count;
        var step = new TourStep(_steps.Count + 1, title, command, requests, describe(result));
        _steps.Add(step);
        if (!ctx.Json)
        {
            Print(step);
        }

        return result;
    }

    private void Print(TourStep step)
    {
        var console = ctx.Console;
        console.MarkupLine($"[bold]{step.Number,2}. {Markup.Escape(step.Title)}[/]");
        console.MarkupLine($"    [grey]$ {Markup.Escape(step.Command)}[/]");
        foreach (var request in step.Requests)
        {
            var colour = request.StatusCode is >= 200 and < 300 ? "green" : "red";
            var body = Body(request.Body);
            console.MarkupLine(
                $"    [blue]→[/] [bold]{request.Method,-6}[/] {Markup.Escape(Path(request))}" +
                (body.Length == 0 ? string.Empty : "  [grey]" + Markup.Escape(body) + "[/]") +
                $"  [{colour}]← {request.StatusCode}[/]");
        }

        console.MarkupLine($"    [blue]=[/] {Markup.Escape(step.Result.Replace("\n", "\n      ", StringComparison.Ordinal))}");
        console.WriteLine();
    }

    private static string Path(ClaySandboxRequest request) =>
        request.Query.Length == 0 ? request.Path : request.Path + "?" + Uri.UnescapeDataString(request.Query);

    /// <summary>The request body on one line, the password masked, cut to fit.</summary>
    private static string Body(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        var text = Password().Replace(ErrorReporter.OneLine(body), "\"password\":\"***\"");
        return text.Length <= BodyWidth ? text : text[..(BodyWidth - 3)] + "...";
    }

    private static string Count(int count, string noun, string? plural = null) =>
        $"{count} {(count == 1 ? noun : plural ?? noun + "s")}";

    [GeneratedRegex("\"password\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Password();
}
