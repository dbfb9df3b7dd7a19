using ClayGen.Cli.Mcp;
using ModelContextProtocol;

namespace ClayGen.Cli.Tests.Mcp;

/// <summary>Long tools report each poll as MCP progress, which keeps clients that time out idle calls waiting.</summary>
public sealed class McpProgressTests
{
    [Fact]
    public async Task A_wait_reports_each_poll_as_progress()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"));
        using var clay = Client(cli);
        var reports = new List<ProgressNotificationValue>();

        await new EnrichmentTools(Context(cli, clay)).RunEnrichmentAsync(
            cli.Sandbox.TableId, [cli.Sandbox.FieldIds[3]], recordIds: [.. ids], progress: new Collect(reports));

        var last = Assert.Single(reports);
        Assert.Equal(2, last.Total);
        Assert.Equal(2, last.Progress);
        Assert.Contains("2 cells", last.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_reports_its_job_as_progress()
    {
        await using var cli = await InstantSandbox.StartAsync();
        await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"), ("Initech", "initech.io"));
        using var clay = Client(cli);
        var reports = new List<ProgressNotificationValue>();

        await new ExportTools(Context(cli, clay)).ExportTableAsync(cli.Sandbox.TableId, progress: new Collect(reports));

        Assert.NotEmpty(reports);
        Assert.Contains(reports, r => r.Total == 3 && r.Progress == 3);
    }

    private static ClayClient Client(CliHarness cli) =>
        new(new ClayClientOptions { BaseAddress = cli.Sandbox.BaseAddress, Session = ClaySession.FromCookie(cli.Sandbox.Session) });

    private static ClayToolContext Context(CliHarness cli, ClayClient clay) => new(clay, () => cli.Sandbox.WorkspaceId, [cli.Sandbox.Session]);

    private sealed class Collect(List<ProgressNotificationValue> reports) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => reports.Add(value);
    }
}
