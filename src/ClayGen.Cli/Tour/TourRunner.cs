using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ClayGen.Cli.Infrastructure;
using ClayGen.Sandbox;
using Spectre.Console;

namespace ClayGen.Cli.Tour;

/// <summary>
/// Runs the tour: each step calls the library against a fresh embedded sandbox and prints the
/// command that does the same, the requests the sandbox received (method, path, body) with their
/// status, and what came back.
/// </summary>
internal sealed partial class TourRunner(CliContext ctx)
{
    private const int BodyWidth = 96;
    private readonly List<TourStep> _steps = [];
    private ClaySandbox? _sandbox;
    private int _seen;

    public async Task<int> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var ct = ctx.CancellationToken;
        await using var sandbox = await ClaySandbox.StartAsync(cancellationToken: ct);
        _sandbox = sandbox;
        using var clay = new ClayClient(new ClayClientOptions { BaseAddress = sandbox.BaseAddress });
        if (!ctx.Json)
        {
            ctx.Console.MarkupLine(
                $"[bold]ClayGen tour[/]: the main job against an embedded stand-in for Clay at {Markup.Escape(sandbox.BaseAddress.AbsoluteUri)} " +
                "(it speaks Clay's v3 API; no account, no network).\n");
        }

        var session = await Step("Log in with email and password", $"clay login --email {sandbox.Email} --password-stdin",
            () => clay.LoginAsync(sandbox.Email, sandbox.Password, ct),
            s => $"session {s.CookieValue[..Math.Min(4, s.CookieValue.Length)]}... (the claysession cookie, a secret; sent with every later call)");

        var workspaces = await Step("List workspaces", "clay workspaces list",
            async () => (await clay.Workspaces.ListWorkspacesAsync(ct)).Results?.ToList() ?? [],
            list => Count(list.Count, "workspace") + ": " + string.Join(", ", list.Select(w => $"{w.Id} \"{w.Name}\"")));
        var workspaceId = workspaces.FirstOrDefault()?.Id ?? sandbox.WorkspaceId;

        await Step("List the workspace's users", "clay workspaces owners",
            async () => (await clay.Workspaces.ListOwnersAsync(workspaceId, ct)).Users?.ToList() ?? [],
            users => Count(users.Count, "user") + ": " + string.Join(", ", users.Select(u => $"{u.Id} {u.Name} ({u.Permission?.ToLowerInvariant()})")));

        var folder = await Step("Create a folder", "clay folders create \"Q3 outbound\"",
            () => clay.Folders.CreateFolderAsync(workspaceId, "Q3 outbound", cancellationToken: ct),
            f => $"folder {f.Id} \"{f.Name}\"");

        var workbook = await Step("Create a workbook in it", $"clay workbooks create \"Inbound leads\" --folder {folder.Id}",
            () => clay.Workbooks.CreateWorkbookAsync(workspaceId, "Inbound leads", folder.Id, autoRun: false, ct),
            w => $"workbook {w.Id} \"{w.Name}\" in {w.ParentFolderId}");

        await Step("List resources with filters: my workbooks in that folder", $"clay resources list --type workbook --owner {sandbox.UserId} --folder {folder.Id}",
            () => clay.Resources.ListResourcesAsync(workspaceId, ResourceFilter.Workbooks().OwnedBy(sandbox.UserId).InFolder(folder.Id!), ct),
            list => Names(list));

        await Step("Search the whole tree by name", "clay resources list --all --query leads",
            () => clay.Resources.ListResourcesAsync(workspaceId, ResourceFilter.All().Everywhere().Matching("leads"), ct),
            list => Names(list));

        var table = await Step("Read a table: its fields and views", $"clay tables get {sandbox.TableId}",
            async () => (await clay.Tables.GetTableAsync(sandbox.TableId, ct)).Table!,
            t => $"\"{t.Name}\", {Count(t.Fields?.Count ?? 0, "field")}: {string.Join(", ", (t.Fields ?? []).Select(f => $"{f.Name} ({f.Type})"))}; first view {t.FirstViewId}");
        var field = FieldIds(table, sandbox);
        var viewId = table.FirstViewId ?? sandbox.ViewId;

        Dictionary<string, object?> Row(string name, string domain, int employees) =>
            new() { [field.Name] = name, [field.Domain] = domain, [field.Employees] = employees };
        await Step("Add rows", $"clay records add {table.Id} --cell {field.Name}=Acme --cell {field.Domain}=acme.com --cell {field.Employees}:=250   (x3)",
            () => clay.Tables.AddRecordsAsync(table.Id!, [Row("Acme", "acme.com", 250), Row("Globex", "globex.com", 1200), Row("Initech", "initech.com", 90)], ct),
            added => "added " + string.Join(", ", (added.Records ?? []).Select(r => r.Id)));

        await Step("Count the rows", $"clay tables count {table.Id}",
            () => clay.Tables.CountRowsAsync(table.Id!, ct),
            count => $"{count.Total} rows");

        var ids = await Step("Fetch the record ids of the view", $"clay records ids {table.Id} --view {viewId}",
            () => clay.Tables.GetRecordIdsAsync(table.Id!, viewId, ct),
            list => Count(list.Count, "id") + ": " + string.Join(", ", list) + " (Clay's \"search\" placeholder entry skipped)");

        await Step("Run an enrichment column on the top 10 rows", $"clay enrich run {table.Id} --field {field.Enrich} --view {viewId} --top 10",
            () => clay.Tables.RunEnrichmentAsync(table.Id!, [field.Enrich], RunRecords.TopOfView(viewId, 10), cancellationToken: ct),
            run => $"{run.RecordCount} rows queued (mode {run.RunMode}); runs spend credits, so they are never retried once sent");

        var now = DateTimeOffset.UtcNow;
        await Step("Read the credit report: last 30 days, one user", $"clay credits report --from 30d --owner {sandbox.UserId}",
            () => clay.Credits.GetCreditReportAsync(workspaceId, CreditReportQuery.Between(now.AddDays(-30), now).ForOwners(sandbox.UserId), ct),
            report => CreditSummary(report));

        await Step("List integrations", "clay integrations list",
            async () => (await clay.Integrations.ListAppAccountsAsync(workspaceId, ct)).ToList(),
            accounts => Count(accounts.Count, "app account") + ": " + string.Join(", ", accounts.Select(a => a.AppAccountTypeId).Distinct()));

        await Step("Read one integration type's actions", "clay integrations details openai",
            () => clay.Integrations.GetIntegrationTypeDetailsAsync(workspaceId, "openai", ct),
            actions => string.Join(", ", actions.Select(a => $"{a.Key} \"{a.DisplayName}\"")));

        await Step("Delete the rows", $"clay records delete {table.Id} {string.Join(' ', ids)}",
            async () =>
            {
                await clay.Tables.DeleteRecordsAsync(table.Id!, ids, ct);
                return (await clay.Tables.CountRowsAsync(table.Id!, ct)).Total;
            },
            left => $"deleted {ids.Count}; {left} rows left");

        await Step("Delete the workbook and the folder", $"clay workbooks delete {workbook.Id} && clay folders delete {folder.Id}",
            async () =>
            {
                await clay.Workbooks.DeleteWorkbookAsync(workspaceId, workbook.Id!, cancellationToken: ct);
                await clay.Folders.DeleteFolderAsync(workspaceId, folder.Id!, cancellationToken: ct);
                return await clay.Resources.ListResourcesAsync(workspaceId, ResourceFilter.All().Everywhere().Matching("Q3 outbound"), ct);
            },
            left => $"moved to the trash; a search for \"Q3 outbound\" finds {Count(left.Resources?.Count ?? 0, "resource")}");

        clock.Stop();
        if (ctx.Json)
        {
            ctx.WriteJson(new
            {
                baseUrl = sandbox.BaseAddress.AbsoluteUri,
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
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
                "Each step is a command: add [bold]--sandbox[/] to try it here, or run [bold]clay login[/] to use your Clay account.");
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

        console.MarkupLine($"    [blue]=[/] {Markup.Escape(step.Result)}");
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

    private static string Names(ResourceList list)
    {
        var resources = list.Resources ?? [];
        return Count(resources.Count, "resource") + (resources.Count == 0 ? string.Empty : ": " +
            string.Join(", ", resources.Select(r => $"{r.ResourceType?.ToLowerInvariant()} \"{r.Name}\" ({r.Id})")));
    }

    private static string CreditSummary(CreditReport report)
    {
        var entities = report.Entities ?? [];
        var total = entities.Sum(e => e.Credits ?? 0) + (report.UnattributedCredits ?? 0);
        var top = entities.OrderByDescending(e => e.Credits ?? 0).FirstOrDefault();
        return $"{total.ToString("#,0.##", CultureInfo.InvariantCulture)} credits in {Count(entities.Count, "top-level entity", "top-level entities")}" +
            (top is null ? string.Empty : $"; most: {top.Entity?.Kind} \"{top.Entity?.Name}\" with {(top.Credits ?? 0).ToString("#,0.##", CultureInfo.InvariantCulture)}");
    }

    private static string Count(int count, string noun, string? plural = null) =>
        $"{count} {(count == 1 ? noun : plural ?? noun + "s")}";

    private static (string Name, string Domain, string Employees, string Enrich) FieldIds(Table table, ClaySandbox sandbox)
    {
        string Find(string name, int fallback) =>
            table.Fields?.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))?.Id ?? sandbox.FieldIds[fallback];
        return (Find("Company Name", 0), Find("Domain", 1), Find("Employees", 2), Find("Enrich Company", 3));
    }

    [GeneratedRegex("\"password\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Password();
}
