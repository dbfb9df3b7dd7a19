namespace ClayGen.Cli.Tests;

/// <summary>Input the import must refuse, before anything is sent, with a message that says what is wrong.</summary>
public sealed class ImportInputTests
{
    [Fact]
    public async Task AnUnclosedQuoteStopsTheImportBeforeAnythingIsSentAndNamesTheLinesItWouldSwallow()
    {
        await using var cli = await CliHarness.StartAsync();
        var lines = ImportFiles.Companies(cli.Sandbox, 4_999).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[500] = "\"Unclosed Company,unclosed.example.com,1"; // line 501 of the file
        var file = cli.WriteFile("rows.csv", string.Join('\n', lines) + "\n");

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);

        Assert.True(result.ExitCode == 2, result.ToString());
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains("line 501:", error, StringComparison.Ordinal);
        Assert.Contains("4,500 lines, 501 to 5,000", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent", error, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Method == "POST" && r.Path.EndsWith("/records", StringComparison.Ordinal));
        Assert.False(File.Exists(file + ".claygen-resume.json"));
    }

    [Fact]
    public async Task ASandboxImportNeverTouchesTheRealImportsResumeOrFailedFile()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Clear();
        var file = cli.WriteFile("rows.csv", ImportFiles.Companies(cli.Sandbox, 10) + "Bad\"quote,bad.com,1\n");
        const string realProgress = """{"a real import's progress": true}""";
        File.WriteAllText(file + ".claygen-resume.json", realProgress);
        File.WriteAllText(file + ".failed.csv", "real failed rows");

        var result = await cli.RunAsync("records", "import", file, "--sandbox", "--json");

        Assert.Equal(10, result.Json["added"]!.GetValue<long>());
        Assert.Equal(realProgress, File.ReadAllText(file + ".claygen-resume.json"));
        Assert.Equal("real failed rows", File.ReadAllText(file + ".failed.csv"));
        Assert.True(File.Exists(file + ".claygen-resume.sandbox.json"));
        Assert.Contains("Bad\"quote", File.ReadAllText(file + ".failed.sandbox.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADirectoryIsNamedAsADirectory()
    {
        await using var cli = await CliHarness.StartAsync();
        var folder = Path.Combine(cli.Directory, "exports.csv");
        Directory.CreateDirectory(folder);

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is a directory", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABinaryFileIsRefusedWithoutEchoingItsBytes()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(cli.Directory, "photo.csv");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        File.WriteAllBytes(file, bytes);

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);

        Assert.True(result.ExitCode == 2, result.ToString());
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains("looks like a binary file", error, StringComparison.Ordinal);
        Assert.True(error.Length < 200 + file.Length, error);
        Assert.DoesNotContain(cli.Sandbox.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task AFileThatIsNotUtf8IsRefusedWithWhereItBreaks()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(cli.Directory, "latin1.csv");
        var header = System.Text.Encoding.ASCII.GetBytes($"{cli.Sandbox.FieldIds[0]}\n");
        File.WriteAllBytes(file, [.. header, .. "Caf"u8.ToArray(), 0xE9, (byte)'\n']); // "Café" in Latin-1

        var result = await cli.RunAsync("records", "import", cli.Sandbox.TableId, file);

        Assert.True(result.ExitCode == 2, result.ToString());
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains("is not UTF-8 text", error, StringComparison.Ordinal);
        Assert.Contains($"offset {header.Length + 3}", error, StringComparison.Ordinal);
    }
}
