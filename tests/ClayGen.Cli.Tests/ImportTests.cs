using System.Text.Json.Nodes;
using ClayGen.Sandbox;

namespace ClayGen.Cli.Tests;

public sealed class ImportTests
{
    private const int Rows = 10_000;

    [Fact]
    public async Task ImportingTenThousandCsvRowsAddsEveryRow()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, Rows));

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--json");
        var count = await cli.RunAsync("tables", "count", cli.Sandbox.TableId, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Rows, result.Json["added"]!.GetValue<long>());
        Assert.Equal(Rows, result.Json["rowsInFile"]!.GetValue<long>());
        Assert.Equal(0, result.Json["failed"]!["total"]!.GetValue<long>());
        Assert.Equal(Rows, count.Json["count"]!.GetValue<long>());
        Assert.Equal(100, cli.Sandbox.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/records", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnImportStoppedHalfwayAndResumedAddsEveryRowExactlyOnce()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, Rows));
        using var stop = new CancellationTokenSource();

        // The rule looks at each request before the sandbox serves it and never injects a failure: the
        // first request that finds a third of the rows in stops the import, so the stop lands halfway
        // whatever the machine's speed.
        var stopping = 0;
        cli.Sandbox.Faults.FailWhen(
            _ =>
            {
                if (cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId) >= Rows / 3 && Interlocked.Exchange(ref stopping, 1) == 0)
                {
                    stop.Cancel();
                }

                return false;
            },
            500);

        var first = await cli.RunAsync(["records", "import", cli.Sandbox.TableId, file, "--json"], stop.Token);
        var afterFirst = cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId);
        cli.Sandbox.Faults.Reset();
        var second = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--json");

        Assert.True(first.ExitCode == 130, first.ToString());
        Assert.True(first.Json["interrupted"]!.GetValue<bool>());
        Assert.InRange(afterFirst, Rows / 3, Rows - 1);
        Assert.Equal(afterFirst, first.Json["added"]!.GetValue<long>());
        Assert.Equal(Rows, first.Json["added"]!.GetValue<long>() + first.Json["notSent"]!.GetValue<long>());

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(second.Json["resumed"]!.GetValue<bool>());
        Assert.Equal(afterFirst, second.Json["skipped"]!.GetValue<long>());
        Assert.Equal(Rows - afterFirst, second.Json["added"]!.GetValue<long>());

        var records = await SandboxRecords.ReadAllAsync(cli.Sandbox, cli.Sandbox.TableId, cli.Sandbox.ViewId);
        var names = records.Select(r => SandboxRecords.Cell(r, cli.Sandbox.FieldIds[0])).ToList();
        Assert.Equal(Rows, names.Count);
        Assert.Equal(Rows, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(ImportFiles.Name(0), names);
        Assert.Contains(ImportFiles.Name(Rows - 1), names);
    }

    [Fact]
    public async Task WithInjectedFaultsTheSummaryAccountsForEveryRow()
    {
        await using var cli = await CliHarness.StartAsync(new ClaySandboxOptions { Seed = 7 });
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, Rows));
        cli.Sandbox.Faults.RandomFailureRate = 0.15;

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--json");
        cli.Sandbox.Faults.Reset();

        Assert.True(result.ExitCode == 1, result.ToString());
        var added = result.Json["added"]!.GetValue<long>();
        var failed = result.Json["failed"]!;
        var unknown = failed["unknown"]!.GetValue<long>();
        Assert.True(unknown > 0, "the seeded faults should fail some batches");
        Assert.Equal(Rows, added + failed["total"]!.GetValue<long>());
        Assert.Equal(Rows, added + unknown);

        // A 503 arrives before any state change, so exactly the added rows are in the table.
        Assert.Equal(added, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));

        // Every unknown row is in the failed file, marked as such, ready to import again.
        var failedRows = File.ReadAllLines(result.Json["failedFile"]!.GetValue<string>());
        Assert.Equal("claygen:line,claygen:outcome,claygen:reason," + string.Join(',', cli.Sandbox.FieldIds.Take(3)), failedRows[0]);
        Assert.Equal(unknown, failedRows.Length - 1);
        Assert.All(failedRows.Skip(1), line => Assert.Contains(",Unknown,", line, StringComparison.Ordinal));

        var retry = await cli.RunAsync("records", "import", cli.Sandbox.TableId, result.Json["failedFile"]!.GetValue<string>(), "--json");
        Assert.True(retry.ExitCode == 0, retry.ToString());
        Assert.Equal(Rows, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Fact]
    public async Task MalformedRowsAreReportedByLineAndTheRestIsImported()
    {
        await using var cli = await CliHarness.StartAsync();
        var fields = cli.Sandbox.FieldIds;
        var file = cli.WriteFile("rows.csv", string.Join('\n',
            $"{fields[0]},{fields[1]},{fields[2]}",
            "Acme,acme.com,10",
            "\"Globex, Inc.\",globex.com,20",
            "Bad\"quote,bad.com,30",
            "Initech,initech.com,many",
            "Short row,short.com",
            "\"Multi",
            "line\",multi.com,40",
            "Umbrella,umbrella.com,50") + "\n");

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);

        Assert.True(result.ExitCode == 1, result.ToString());
        var warnings = result.ErrorLines;
        Assert.Equal(3, warnings.Length);
        Assert.Contains("line 4:", warnings[0], StringComparison.Ordinal);
        Assert.Contains("line 5:", warnings[1], StringComparison.Ordinal);
        Assert.Contains("is not a number", warnings[1], StringComparison.Ordinal);
        Assert.Contains("line 6:", warnings[2], StringComparison.Ordinal);
        Assert.Equal(4, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
        var failed = File.ReadAllText(file + ".failed.csv");
        Assert.Contains("4,Malformed,", failed, StringComparison.Ordinal);
        Assert.Contains("Bad\"quote,bad.com,30", failed, StringComparison.Ordinal);
        Assert.Contains("5,Malformed,", failed, StringComparison.Ordinal);
        Assert.Contains("6,Malformed,", failed, StringComparison.Ordinal);
        Assert.Matches(@"malformed\s+│\s+3", result.Output);
    }

    [Fact]
    public async Task ColumnsMapByFieldNameOrByMapAndUnknownColumnsStopTheImportBeforeAnythingIsSent()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = cli.WriteFile("leads.csv", "Company Name,website,Notes\nAcme,acme.com,hot\nGlobex,globex.com,cold\n");

        var refused = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--map", $"website={cli.Sandbox.FieldIds[1]}");
        var imported = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--map", $"website={cli.Sandbox.FieldIds[1]}", "--ignore-unmapped");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("'Notes'", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        var records = await SandboxRecords.ReadAllAsync(cli.Sandbox, cli.Sandbox.TableId, cli.Sandbox.ViewId);
        Assert.Equal(["acme.com", "globex.com"], records.Select(r => SandboxRecords.Cell(r, cli.Sandbox.FieldIds[1])));
        Assert.Equal(["Acme", "Globex"], records.Select(r => SandboxRecords.Cell(r, cli.Sandbox.FieldIds[0])));
    }

    [Fact]
    public async Task JsonLinesImportConvertsValuesAndReportsBadLines()
    {
        await using var cli = await CliHarness.StartAsync();
        var f = cli.Sandbox.FieldIds;
        var file = cli.WriteFile("rows.jsonl", string.Join('\n',
            $$"""{"{{f[0]}}":"Acme","Employees":250}""",
            "",
            "not json",
            $$"""{"{{f[0]}}":"Globex","{{f[2]}}":"1200"}""") + "\n");

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, result.Json["added"]!.GetValue<long>());
        Assert.Equal(3, result.Json["malformedRows"]![0]!["line"]!.GetValue<long>());
        var body = JsonNode.Parse(cli.Sandbox.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/records", StringComparison.Ordinal)).Body!)!;
        Assert.Equal(250, body["records"]![0]!["cells"]![f[2]]!.GetValue<int>());
        Assert.Equal(1200, body["records"]![1]!["cells"]![f[2]]!.GetValue<int>());
        var failed = JsonNode.Parse(File.ReadAllLines(file + ".failed.jsonl").Single())!;
        Assert.Equal("Malformed", failed["claygen:outcome"]!.GetValue<string>());
        Assert.Equal("not json", failed["claygen:raw"]!.GetValue<string>());
    }

    [Fact]
    public async Task RejectedBatchesAreToldApartFromUnknownOnes()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Sandbox.Faults.FailWhen(
            r => r.Method == "POST" && r.Path == $"/v3/tables/{cli.Sandbox.TableId}/records" && r.Body?.Contains("Company 0001", StringComparison.Ordinal) == true,
            400,
            "Invalid domain");
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 50));

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--batch-size", "10", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(10, result.Json["failed"]!["rejected"]!.GetValue<long>());
        Assert.Equal(0, result.Json["failed"]!["unknown"]!.GetValue<long>());
        Assert.Equal(40, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
        var failed = File.ReadAllLines(file + ".failed.csv").Skip(1).ToList();
        Assert.Equal(10, failed.Count);
        Assert.All(failed, line => Assert.Contains(",Rejected,", line, StringComparison.Ordinal));
        Assert.All(failed, line => Assert.Contains("Invalid domain", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RowsInFlightWhenAnEarlierRunWasKilledAreReportedUnknownAndNotSentAgain()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 100));

        // A run that was killed: rows 0-49 done, 50-59 sent without an answer.
        var seeded = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--json");
        Assert.Equal(0, seeded.ExitCode);
        var resume = JsonNode.Parse(File.ReadAllText(file + ".claygen-resume.json"))!;
        resume["completed"] = new JsonArray(new JsonArray(0, 50));
        resume["inFlight"] = new JsonArray(new JsonArray(50, 60));
        File.WriteAllText(file + ".claygen-resume.json", resume.ToJsonString());
        var before = cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId);

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(50, result.Json["skipped"]!.GetValue<long>());
        Assert.Equal(10, result.Json["failed"]!["inDoubt"]!.GetValue<long>());
        Assert.Equal(10, result.Json["failed"]!["unknown"]!.GetValue<long>());
        Assert.Equal(40, result.Json["added"]!.GetValue<long>());
        Assert.Equal(before + 40, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
        var after = JsonNode.Parse(File.ReadAllText(file + ".claygen-resume.json"))!;
        Assert.Empty(after["inFlight"]!.AsArray());
        Assert.Equal("[[0,100]]", after["completed"]!.ToJsonString());
    }

    [Fact]
    public async Task AFinishedImportRunAgainAddsNothingUnlessRestarted()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 30));

        await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);
        var again = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);
        var afterAgain = cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId);
        var restarted = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file, "--restart", "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Nothing to import", again.Output, StringComparison.Ordinal);
        Assert.Equal(30, afterAgain);
        Assert.Equal(30, restarted.Json["added"]!.GetValue<long>());
        Assert.Equal(60, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Fact]
    public async Task AResumeRefusesAFileThatChanged()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 20));
        await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);
        File.AppendAllText(file, "Late Co,late.com,1\n");

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--restart", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(20, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }

    [Fact]
    public async Task AResumeAgainstAnotherServerIsRefused()
    {
        await using var cli = await CliHarness.StartAsync();
        await using var other = await ClaySandbox.StartAsync();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 20));
        await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);
        cli.Variables["CLAY_BASE_URL"] = other.BaseAddress.AbsoluteUri;
        cli.Variables["CLAY_SESSION"] = other.Session;

        var result = await cli.RunAsync("records", "import", other.TableId, file);

        Assert.Equal(cli.Sandbox.TableId, other.TableId);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(cli.Sandbox.BaseAddress.AbsoluteUri, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, other.TotalRecordCount(other.TableId));
    }

    [Fact]
    public async Task EveryImportIntoTheEmbeddedSandboxStartsFromTheFirstRow()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Clear();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 25));

        var first = await cli.RunAsync("records", "import", file, "--sandbox", "--json");
        var second = await cli.RunAsync("records", "import", file, "--sandbox", "--json");

        Assert.Equal(25, first.Json["added"]!.GetValue<long>());
        Assert.Equal(25, second.Json["added"]!.GetValue<long>());
        Assert.Equal(0, second.Json["skipped"]!.GetValue<long>());
    }

    [Fact]
    public async Task AtATerminalTheImportShowsProgressWithRowsPerSecond()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Interactive = true;
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 2_000) + "Bad\"quote,x.com,1\n");

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("rows/s", result.Output, StringComparison.Ordinal);
        Assert.Contains("100%", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 2002:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2_000, cli.Sandbox.TotalRecordCount(cli.Sandbox.TableId));
    }
}
