namespace ClayGen.Cli;

/// <summary>
/// Where a run of the CLI reads and writes: its streams, environment variables and whether a person
/// is watching (progress bars, prompts). Tests give their own; <see cref="FromConsole"/> is the real one.
/// </summary>
public sealed class ClayCliEnvironment
{
    /// <summary>Standard output: results (tables, or JSON with <c>--json</c>).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: one-line errors and warnings.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input, read by <c>clay login --password-stdin</c> and <c>clay login --api-key</c>.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>
    /// The environment variables the CLI sees (<c>CLAY_SESSION</c>, <c>CLAY_API_KEY</c>, <c>CLAY_BASE_URL</c>, <c>CLAY_WORKSPACE</c>,
    /// <c>CLAY_EMAIL</c>, <c>CLAY_PASSWORD</c>, <c>XDG_CONFIG_HOME</c>); <see langword="null"/> means the process's own.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Variables { get; init; }

    /// <summary>Whether a person is at a terminal: enables progress bars, colours and prompts.</summary>
    public bool Interactive { get; init; }

    /// <summary>
    /// The clock of the commands' clients: waits, polls and timeouts (<c>enrich run --wait --timeout</c>).
    /// Tests give a fake one to move time themselves; defaults to the system clock.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The width output is laid out for (lines longer than this wrap).</summary>
    public int Width { get; init; } = 240;

    /// <summary>The environment of the current process and console.</summary>
    public static ClayCliEnvironment FromConsole()
    {
        var interactive = !Console.IsOutputRedirected && !Console.IsInputRedirected;
        int width;
        try
        {
            width = interactive ? Math.Max(Console.WindowWidth, 80) : 240;
        }
        catch (IOException)
        {
            width = 240;
        }

        return new ClayCliEnvironment
        {
            Out = Console.Out,
            Error = Console.Error,
            In = Console.In,
            Interactive = interactive,
            Width = width,
        };
    }

    /// <summary>Reads one variable; blank values count as unset.</summary>
    /// <param name="name">The variable's name.</param>
    public string? GetVariable(string name)
    {
        var value = Variables is null ? Environment.GetEnvironmentVariable(name) : Variables.GetValueOrDefault(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
