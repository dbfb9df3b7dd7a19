using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ClayGen.ContractTests.Recorder;

/// <summary>
/// The real recorder process, stopped the ways a person stops it: Ctrl+C (SIGINT) or SIGTERM, with
/// standard input open (as in a terminal, where the read blocks) or closed (piped). Each must write
/// what was recorded, then exit 0.
/// </summary>
public sealed partial class RecorderProcessTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "claygen-recorder-process-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("INT", true)]
    [InlineData("INT", false)]
    [InlineData("TERM", true)]
    [InlineData("TERM", false)]
    public async Task A_signal_writes_the_recordings_then_exits(string signal, bool stdinOpen)
    {
        using var clay = RealLookingClay.Start();
        using var recorder = Start(clay.BaseAddress);
        if (!stdinOpen)
        {
            recorder.StandardInput.Close();
        }

        var address = await ListeningAddressAsync(recorder);
        using (var http = new HttpClient { BaseAddress = address })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "v3/workspaces/712043/permissions");
            request.Headers.Add("Cookie", "claysession=" + RealLookingClay.RealSession);
            using var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"the recorder answered {(int)response.StatusCode}");
        }

        Signal(recorder.Id, signal);
        var output = await ExitedAsync(recorder);

        Assert.True(recorder.ExitCode == 0, $"exit {recorder.ExitCode}:\n{output}");
        Assert.Contains($"Stopping (SIG{signal})", output, StringComparison.Ordinal);
        Assert.Contains("1 recording(s) written", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_output, "Workspaces", "listOwners", "recorded.json")), output);
    }

    [Fact]
    public async Task Enter_writes_the_recordings_then_exits()
    {
        using var clay = RealLookingClay.Start();
        using var recorder = Start(clay.BaseAddress);
        await ListeningAddressAsync(recorder);

        await recorder.StandardInput.WriteLineAsync();
        var output = await ExitedAsync(recorder);

        Assert.True(recorder.ExitCode == 0, $"exit {recorder.ExitCode}:\n{output}");
        Assert.Contains("Stopping (Enter)", output, StringComparison.Ordinal);
        Assert.Contains("0 recording(s) written", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private Process Start(Uri target)
    {
        // A terminal starts the recorder with every signal at its default. A test runner may have been
        // started with SIGINT ignored (nohup, or "&" in a non-interactive shell), and an ignored signal is
        // inherited and never reaches the recorder's handler; env resets them all, then runs dotnet in the
        // same process, so the signal goes to the recorder itself.
        var linux = OperatingSystem.IsLinux();
        var start = new ProcessStartInfo(linux ? "env" : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (linux)
        {
            start.ArgumentList.Add("--default-signal");
            start.ArgumentList.Add("dotnet");
        }

        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "ClayGen.Recorder.dll"),
            "--target", target.AbsoluteUri,
            "--port", "0",
            "--out", _output,
            "--spec", Path.Combine(AppContext.BaseDirectory, "spec", "openapi.yaml"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the recorder did not start");
    }

    // Waits for the line that says where the recorder listens: the recorder is ready from then on.
    private static async Task<Uri> ListeningAddressAsync(Process recorder)
    {
        while (await recorder.StandardOutput.ReadLineAsync() is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("the recorder exited before listening: " + await recorder.StandardError.ReadToEndAsync());
    }

    private static async Task<string> ExitedAsync(Process recorder)
    {
        // A hang guard only: a recorder that ignores the signal fails here instead of blocking the run.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = recorder.StandardOutput.ReadToEndAsync(guard.Token);
        var error = recorder.StandardError.ReadToEndAsync(guard.Token);
        try
        {
            await recorder.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            recorder.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("the recorder did not exit after it was told to stop");
        }

        return await output + await error;
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    [GeneratedRegex(@"^Recording .* at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ListeningLine();
}
