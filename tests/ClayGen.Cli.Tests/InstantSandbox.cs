using ClayGen.Sandbox;

namespace ClayGen.Cli.Tests;

/// <summary>
/// Sandbox options with no enrichment or export delay: runs are final and exports ready on the first poll,
/// so commands that wait finish without any time passing.
/// </summary>
internal static class InstantSandbox
{
    /// <summary>The seeded Clearbit package, whose "clearbit-enrich-company" action the sandbox runs.</summary>
    public const string ClearbitPackageId = "4f9a6b5c-cd7e-4a0f-b1b2-5e6f708192a5";

    public const string EnrichAction = "clearbit-enrich-company";

    public static ClaySandboxOptions Options => new() { RunQueuedFor = TimeSpan.Zero, RunRunningFor = TimeSpan.Zero, ExportDelay = TimeSpan.Zero };

    public static Task<CliHarness> StartAsync() => CliHarness.StartAsync(Options);

    /// <summary>Adds rows to the seeded table (Company Name, Domain) and returns their ids.</summary>
    public static async Task<List<string>> AddCompaniesAsync(CliHarness cli, params (string Name, string Domain)[] rows)
    {
        var ids = new List<string>();
        foreach (var (name, domain) in rows)
        {
            var added = await cli.RunAsync("records", "add", cli.Sandbox.TableId, "--cell", $"{cli.Sandbox.FieldIds[0]}={name}", "--cell", $"{cli.Sandbox.FieldIds[1]}={domain}", "--json");
            Assert.True(added.ExitCode == 0, added.ToString());
            ids.Add(added.Json.AsArray()[0]!["id"]!.GetValue<string>());
        }

        return ids;
    }
}
