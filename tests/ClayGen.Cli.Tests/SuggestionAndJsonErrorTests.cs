using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests;

/// <summary>Mistyped commands get a suggestion; under --json every error is one JSON object on standard error.</summary>
public sealed class SuggestionAndJsonErrorTests
{
    public static TheoryData<string[], string> Typos => new()
    {
        { ["tabels", "count", "t_abc"], "Did you mean `tables`?" },
        { ["tables", "cuont", "t_abc"], "Did you mean `count`?" },
        { ["records", "import", "t_abc", "rows.csv", "--batch-szie", "10"], "Did you mean `--batch-size`?" },
        { ["tables", "count", "t_abc", "--jsno"], "Did you mean `--json`?" },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public async Task A_mistyped_command_or_option_gets_the_nearest_name(string[] args, string suggestion)
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(suggestion, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_unlike_any_command_gets_no_suggestion()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("frobnicate");

        Assert.DoesNotContain("Did you mean", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_json_a_usage_error_is_a_json_object_on_standard_error()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("tabels", "count", "t_abc", "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Output);
        var error = JsonNode.Parse(Assert.Single(result.ErrorLines))!["error"]!;
        Assert.Equal("usage", error["kind"]!.GetValue<string>());
        Assert.Equal(2, error["exitCode"]!.GetValue<int>());
        Assert.Contains("Did you mean `tables`?", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_json_a_clay_error_carries_its_status_and_operation()
    {
        await using var cli = await CliHarness.StartAsync();

        var result = await cli.RunAsync("tables", "get", "t_doesnotexist", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Empty(result.Output);
        var error = JsonNode.Parse(Assert.Single(result.ErrorLines))!["error"]!;
        Assert.Equal(404, error["status"]!.GetValue<int>());
        Assert.Equal("getTable", error["operationId"]!.GetValue<string>());
        Assert.StartsWith("Clay", error["kind"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(error["message"]!.GetValue<string>().StartsWith("error:", StringComparison.Ordinal));
    }
}
