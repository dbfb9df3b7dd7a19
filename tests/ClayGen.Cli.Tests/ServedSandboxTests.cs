using System.Text.Json.Nodes;

namespace ClayGen.Cli.Tests;

/// <summary>
/// While <c>clay sandbox serve</c> runs, later commands with <c>--sandbox</c> find it and share its
/// state; without one, each command's embedded sandbox starts empty.
/// </summary>
public sealed class ServedSandboxTests
{
    [Fact]
    public async Task Commands_with_sandbox_share_the_state_of_a_running_serve()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Clear();
        cli.Variables["XDG_CONFIG_HOME"] = Path.Combine(cli.Directory, "config");
        var registry = Path.Combine(cli.Directory, "config", "claygen", "sandbox.json");
        using var stop = new CancellationTokenSource();
        using var output = new SynchronizedWriter();
        var environment = new ClayCliEnvironment { Out = output, Error = TextWriter.Null, Variables = cli.Variables };
        var serve = ClayCli.RunAsync(["sandbox", "serve", "--json"], environment, stop.Token);

        // serve registers itself before it prints its first line.
        var first = await output.FirstLineAsync(serve);
        var served = JsonNode.Parse(File.ReadAllText(registry))!;

        var add = await cli.RunAsync("records", "add", "--sandbox", "--cell", $"{served["fieldIds"]![0]}=Acme", "--json");
        var count = await cli.RunAsync("tables", "count", "--sandbox", "--json");
        await stop.CancelAsync();
        var stopped = await serve;

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Equal(1, count.Json["count"]!.GetValue<long>());
        Assert.Equal(0, stopped);
        Assert.Equal(served["baseUrl"]!.GetValue<string>(), JsonNode.Parse(first)!["baseUrl"]!.GetValue<string>());
        Assert.False(File.Exists(registry), "serve left its registration behind");
    }

    [Fact]
    public async Task Without_a_running_serve_each_command_gets_an_empty_sandbox()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Clear();
        cli.Variables["XDG_CONFIG_HOME"] = Path.Combine(cli.Directory, "config");

        var add = await cli.RunAsync("records", "add", "--sandbox", "--cell", $"{cli.Sandbox.FieldIds[0]}=Acme");
        var count = await cli.RunAsync("tables", "count", "--sandbox", "--json");

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Equal(0, count.Json["count"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_registration_left_by_a_dead_serve_is_ignored()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables.Clear();
        cli.Variables["XDG_CONFIG_HOME"] = Path.Combine(cli.Directory, "config");
        Directory.CreateDirectory(Path.Combine(cli.Directory, "config", "claygen"));
        File.WriteAllText(
            Path.Combine(cli.Directory, "config", "claygen", "sandbox.json"),
            """{"baseUrl":"http://127.0.0.1:1/","session":"s%3Agone.sig","workspaceId":712043,"tableId":"t_gone","viewId":"gv_gone","fieldIds":["f_gone"],"processId":2147483646}""");

        var count = await cli.RunAsync("tables", "count", "--sandbox", "--json");

        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Equal(0, count.Json["count"]!.GetValue<long>());
    }
}
