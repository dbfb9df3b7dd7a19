using System.Globalization;
using ClayGen.Sandbox;

namespace ClayGen.Cli.Tests;

/// <summary>
/// A fresh sandbox, a private config folder, and a way to run the CLI in-process against them with
/// hermetic environment variables (nothing from the machine's own CLAY_* leaks in).
/// </summary>
internal sealed class CliHarness : IAsyncDisposable
{
    private CliHarness(ClaySandbox sandbox)
    {
        Sandbox = sandbox;
        Directory = Path.Combine(Path.GetTempPath(), "claygen-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["CLAY_BASE_URL"] = sandbox.BaseAddress.AbsoluteUri,
            ["CLAY_SESSION"] = sandbox.Session,
            ["CLAY_WORKSPACE"] = sandbox.WorkspaceId.ToString(CultureInfo.InvariantCulture),
            ["XDG_CONFIG_HOME"] = Path.Combine(Directory, "config"),
        };
    }

    public ClaySandbox Sandbox { get; }

    /// <summary>A temporary folder for the test's files; it also holds the config folder.</summary>
    public string Directory { get; }

    /// <summary>The environment the CLI sees; tests change it to drop the session and so on.</summary>
    public Dictionary<string, string?> Variables { get; }

    public string SessionFile => Path.Combine(Directory, "config", "claygen", "session");

    /// <summary>Whether runs behave as if a person were at a terminal (progress bars, prompts).</summary>
    public bool Interactive { get; set; }

    /// <summary>The clock the CLI's clients wait on; a test sets a fake one to move time itself.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public static async Task<CliHarness> StartAsync(ClaySandboxOptions? options = null) => new(await ClaySandbox.StartAsync(options));

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken, string? input = null)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new ClayCliEnvironment
        {
            Out = output,
            Error = error,
            In = new StringReader(input ?? string.Empty),
            Variables = Variables,
            Interactive = Interactive,
            TimeProvider = Clock,
        };
        var code = await ClayCli.RunAsync(args, environment, cancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
