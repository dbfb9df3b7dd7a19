namespace ClayGen.Cli.Tests;

/// <summary>The long waits at a terminal: a progress bar on standard output, the same result as without one.</summary>
public sealed class ProgressBarTests
{
    [Fact]
    public async Task AtATerminalExportWaitAndWebhookSendShowAProgressBarAndFinish()
    {
        await using var cli = await InstantSandbox.StartAsync();
        var ids = await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"), ("Globex", "globex.com"));
        var source = (await cli.RunAsync("sources", "add-webhook", cli.Sandbox.TableId, "--name", "Form", "--json")).Json;
        var rows = cli.WriteFile("more.jsonl", "{\"Company Name\":\"Initech\"}\n");
        var csv = Path.Combine(cli.Directory, "out.csv");
        var jsonl = Path.Combine(cli.Directory, "out.jsonl");
        cli.Interactive = true;

        var wait = await cli.RunAsync("enrich", "run", cli.Sandbox.TableId, "--field", cli.Sandbox.FieldIds[3], "--records", string.Join(',', ids), "--wait");
        var send = await cli.RunAsync("webhook", "send", source["webhookUrl"]!.GetValue<string>(), rows);
        var exportCsv = await cli.RunAsync("records", "export", cli.Sandbox.TableId, "--out", csv);
        var exportJsonl = await cli.RunAsync("records", "export", cli.Sandbox.TableId, "--out", jsonl);

        foreach (var (result, bar) in new[] { (wait, "Enriching"), (send, "Sending more.jsonl"), (exportCsv, "Exporting"), (exportJsonl, "Exporting") })
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(bar, result.Output, StringComparison.Ordinal);
            Assert.Contains("100%", result.Output, StringComparison.Ordinal);
        }

        Assert.Equal(4, File.ReadAllLines(csv).Length);
        Assert.Equal(3, File.ReadAllLines(jsonl).Length);
    }

    [Fact]
    public async Task UnderJsonThereIsNoProgressBarEvenAtATerminal()
    {
        await using var cli = await InstantSandbox.StartAsync();
        await InstantSandbox.AddCompaniesAsync(cli, ("Acme", "acme.com"));
        cli.Interactive = true;

        var result = await cli.RunAsync("records", "export", cli.Sandbox.TableId, "--out", Path.Combine(cli.Directory, "out.csv"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Exporting", result.Output, StringComparison.Ordinal);
        Assert.Equal("csv", result.Json["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMistypedNewCommandGetsTheNearestOne()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("feilds", "add");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean `fields`?", result.Error, StringComparison.Ordinal);
    }
}
