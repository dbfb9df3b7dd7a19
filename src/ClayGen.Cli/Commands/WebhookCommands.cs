using System.CommandLine;
using System.Globalization;
using ClayGen.Cli.Import;
using ClayGen.Cli.Infrastructure;
using Spectre.Console;

namespace ClayGen.Cli.Commands;

/// <summary><c>clay webhook send</c>: rows of a CSV or JSON Lines file to a table's webhook, paced (tag: Sources).</summary>
internal static class WebhookCommands
{
    /// <summary>The environment variable a webhook's auth token is read from.</summary>
    public const string TokenVariable = "CLAY_WEBHOOK_TOKEN";

    private const int MaxListed = 20;

    public static Command Create(CliApp app)
    {
        var url = new Argument<string>("url") { Description = "The webhook's URL (`clay sources list` shows it)." };
        var file = new Argument<string>("file") { Description = "The rows: a CSV file with a header row (.csv, .tsv) or JSON Lines (.jsonl), one row per request." };
        var format = new Option<string?>("--format") { Description = "csv, tsv or jsonl; default: from the file's extension, else csv." };
        var tokenStdin = new Option<bool>("--auth-token-stdin")
        {
            Description = $"Read the webhook's auth token from the first line of standard input (default: {TokenVariable}, else none). Never an argument: arguments end up in shell history.",
        };
        var send = new Command(
            "send",
            "Send every row of a file to a table's webhook, paced to Clay's rate limit (429s are waited out; a row that may have arrived is never sent twice). " +
            "Exit code 1 if any row was not taken.")
        {
            url, file, format, tokenStdin,
        };
        app.Bind(send, async ctx =>
        {
            var webhook = ParseUrl(ctx.Get(url)!);
            var token = ReadToken(ctx, ctx.Get(tokenStdin));
            var path = ctx.Get(file)!;
            var rows = await ReadRowsAsync(path, ctx.Get(format), ctx.CancellationToken);
            if (rows.Count == 0)
            {
                throw new CliUsageException($"{path} holds no rows to send.");
            }

            var clay = await ctx.ClientAsync();
            var result = await CliProgress.RunAsync(ctx, $"Sending {Path.GetFileName(path)}", task =>
            {
                if (task is not null)
                {
                    task.MaxValue = rows.Count;
                }

                return clay.Sources.SendToWebhookAsync(webhook, rows.Select(r => r.Row), new WebhookSendOptions
                {
                    AuthToken = token,
                    Progress = task is null ? null : new SyncProgress<WebhookSendProgress>(p => task.Value = p.Sent + p.Failed),
                }, ctx.CancellationToken);
            });
            Report(ctx, path, rows, result);
            return result.AllSent ? CliExitCodes.Success : CliExitCodes.Failure;
        });
        return new Command("webhook", "Send rows to a table's webhook.") { send };
    }

    private static Uri ParseUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new CliUsageException("url: not an http(s) URL; give the webhook's URL as `clay sources list` shows it.");

    private static string? ReadToken(CliContext ctx, bool fromStdin)
    {
        if (!fromStdin)
        {
            return ctx.Environment.GetVariable(TokenVariable);
        }

        var line = ctx.Environment.In.ReadLine()?.Trim();
        return string.IsNullOrEmpty(line) ? throw new CliUsageException("--auth-token-stdin: standard input held no token.") : line;
    }

    private static async Task<List<(long Line, object Row)>> ReadRowsAsync(string path, string? format, CancellationToken cancellationToken)
    {
        ImportFile.EnsureReadable(path, path);
        var kind = (format ?? Path.GetExtension(path).TrimStart('.')).Trim().ToLowerInvariant() switch
        {
            "jsonl" or "ndjson" => ImportFormat.Jsonl,
            "tsv" or "tab" => ImportFormat.Tsv,
            "csv" or "txt" or "" => ImportFormat.Csv,
            _ when format is null => ImportFormat.Csv,
            _ => throw new CliUsageException($"--format '{format}': use csv, tsv or jsonl."),
        };

        await using IRowSource source = kind == ImportFormat.Jsonl
            ? JsonlRowSource.Open(path)
            : await CsvRowSource.OpenAsync(path, kind == ImportFormat.Tsv ? '\t' : ',', cancellationToken);
        var rows = new List<(long Line, object Row)>();
        await foreach (var row in source.ReadAsync(cancellationToken))
        {
            // Every row is checked before the first is sent: a bad line found halfway would leave the table half fed.
            if (row.Problem is not null)
            {
                throw new CliUsageException($"{path} line {row.Line}: {row.Problem}; nothing was sent.");
            }

            object value = row.Json is { } json
                ? json.ToJsonString()
                : source.Columns.Select((column, i) => (column, i)).ToDictionary(c => c.column, c => (object?)row.Fields![c.i], StringComparer.Ordinal);
            rows.Add((row.Line, value));
        }

        return rows;
    }

    private static void Report(CliContext ctx, string path, List<(long Line, object Row)> rows, WebhookSendResult result)
    {
        var failures = result.Failures.Select(f => new
        {
            row = f.Index + 1,
            line = f.Index < rows.Count ? rows[(int)f.Index].Line : (long?)null,
            outcome = f.Outcome.ToString(),
            reason = f.Reason,
        }).ToList();
        if (ctx.Json)
        {
            ctx.WriteJson(new { file = path, rows = rows.Count, sent = result.Sent, failed = failures.Count, failures, stoppedBecause = result.StoppedBecause });
            return;
        }

        if (failures.Count > 0)
        {
            var table = CliTable.Create("Row", "Line", "Outcome", "Reason");
            failures.Take(MaxListed).ToList().ForEach(f => table.AddValues(f.row, f.line, f.outcome, f.reason));
            ctx.Console.Write(table);
            if (failures.Count > MaxListed)
            {
                ctx.Console.MarkupLine($"[grey]... and {failures.Count - MaxListed} more (--json lists every one).[/]");
            }
        }

        var sent = result.Sent.ToString("N0", CultureInfo.InvariantCulture);
        ctx.Console.MarkupLine(result.AllSent
            ? $"[green]Sent[/] all {sent} rows of {Markup.Escape(path)}."
            : $"[red]Sent {sent} of {rows.Count.ToString("N0", CultureInfo.InvariantCulture)} rows[/] of {Markup.Escape(path)}; {failures.Count} not taken" +
              (result.StoppedBecause is { } why ? $" (stopped: {Markup.Escape(why)})" : string.Empty) + ". Rows marked Unknown may have arrived: check the table before sending them again.");
    }
}
