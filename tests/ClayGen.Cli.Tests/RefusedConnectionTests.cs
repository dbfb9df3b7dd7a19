using System.Net;
using System.Net.Sockets;

namespace ClayGen.Cli.Tests;

/// <summary>A server that refuses connections: the CLI says so while it retries, not only when it gives up.</summary>
public sealed class RefusedConnectionTests
{
    [Fact]
    public async Task Each_refused_attempt_shows_a_notice_before_the_error()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables["CLAY_BASE_URL"] = ClosedPortAddress();

        var result = await cli.RunAsync("tables", "count", "t_abc");

        Assert.Equal(1, result.ExitCode);
        var lines = result.ErrorLines;
        var notices = lines.Where(l => l.StartsWith("notice: no answer from", StringComparison.Ordinal)).ToList();
        Assert.True(notices.Count >= 2, result.ToString());
        Assert.Contains("attempt 1", notices[0], StringComparison.Ordinal);
        Assert.StartsWith("error: ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_json_no_notice_mixes_with_the_error_object()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Variables["CLAY_BASE_URL"] = ClosedPortAddress();

        var result = await cli.RunAsync("tables", "count", "t_abc", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("{\"error\":", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    // A loopback port that was free a moment ago: nothing listens there, so connections are refused.
    private static string ClosedPortAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
