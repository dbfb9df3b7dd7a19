using System.Text;

namespace ClayGen.Tests.Lifecycle;

/// <summary>The whole job against the sandbox: create, add, run, wait, read back, export, clean up.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public async Task A_table_is_created_enriched_read_back_exported_and_deleted()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, domain, enrich, rows) = await lab.CreateEnrichedTableAsync("acme.com", "globex.com");

        await lab.Clay.Tables.RunEnrichmentAsync(table.Id, [enrich], RunRecords.ForRecords(rows));
        var run = await lab.Clay.Tables.WaitForEnrichmentAsync(table.Id, [enrich], rows, lab.Wait());
        var read = await lab.Clay.Tables.StreamRecordsAsync(table.Id).ToListAsync();
        using var csv = new MemoryStream();
        var export = await lab.Clay.Exports.ExportAsync(table.Id, null, csv, new ExportOptions { TimeProvider = lab.Clock, PollInterval = TimeSpan.FromMilliseconds(100) });
        await lab.Clay.Tables.DeleteTableAsync(table.Id);

        Assert.True(run.AllSucceeded, run.ToString());
        Assert.Equal(2, run.CountsByStatus[CellStatuses.Success]);
        Assert.Equal(["acme.com", "globex.com"], read.Select(r => r.GetCell(domain).AsText()));
        Assert.Equal(CellStatuses.Success, read[0].GetCell(enrich).Status);
        Assert.True(export.IsReady);
        var text = Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains("Work email", text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("globex.com", text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ClayNotFoundException>(() => lab.Clay.Tables.GetTableAsync(table.Id));
    }

    [Fact]
    public async Task An_enrichment_cells_full_output_is_read_as_typed_values()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var (table, _, _, enrich, rows) = await lab.CreateEnrichedTableAsync("acme.com");
        await lab.Clay.Tables.RunEnrichmentAsync(table.Id, [enrich], RunRecords.ForRecords(rows));
        await lab.Clay.Tables.WaitForEnrichmentAsync(table.Id, [enrich], rows, lab.Wait());

        var cell = (await lab.Clay.Tables.GetRecordAsync(table.Id, rows[0])).GetCell(enrich);

        Assert.Equal("contact@acme.com", cell.FullValue?["email"]?.ToString());
        Assert.Equal("contact@acme.com", cell.As<WorkEmail>()!.Email);
        Assert.Equal(CellStatuses.Success, cell.Status);
    }

    private sealed record WorkEmail(string Email);
}
