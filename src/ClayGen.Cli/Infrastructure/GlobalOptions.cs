using System.CommandLine;

namespace ClayGen.Cli.Infrastructure;

/// <summary>The options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Session { get; } = new("--session")
    {
        Description = "The claysession cookie value (s%3A...); default: CLAY_API_KEY (an API key), then CLAY_SESSION, then the session or key saved by `clay login`.",
        Recursive = true,
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The Clay-compatible server to talk to; default: CLAY_BASE_URL, then the one you logged in to, then https://api.clay.com/.",
        Recursive = true,
    };

    public Option<bool> Sandbox { get; } = new("--sandbox")
    {
        Description = "Run against an embedded stand-in Clay server (no account, no network); ids default to its workspace and table.",
        Recursive = true,
    };

    public Option<long?> Workspace { get; } = new("--workspace")
    {
        Description = "The workspace id for workspace-scoped commands; default: CLAY_WORKSPACE, then the one saved by `clay login`.",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write JSON instead of a table.",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Session);
        root.Options.Add(BaseUrl);
        root.Options.Add(Sandbox);
        root.Options.Add(Workspace);
        root.Options.Add(Json);
    }
}
