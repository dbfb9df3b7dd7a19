using System.Text.Json;

namespace ClayGen.Cli.Infrastructure;

/// <summary>
/// The saved login: <c>$XDG_CONFIG_HOME/claygen/session</c>, else <c>&lt;ApplicationData&gt;/claygen/session</c>,
/// readable by its owner only, since the session (or API key) is as good as a password.
/// </summary>
internal sealed class SessionFile(string path)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = path;

    public static SessionFile For(ClayCliEnvironment environment)
    {
        var root = environment.GetVariable("XDG_CONFIG_HOME")
            ?? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return new SessionFile(System.IO.Path.Combine(root, "claygen", "session"));
    }

    public SavedSession? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            var saved = JsonSerializer.Deserialize<SavedSession>(File.ReadAllText(Path), JsonOptions);
            return saved is { BaseUrl.Length: > 0 } && (saved is { Session.Length: > 0 } || saved is { ApiKey.Length: > 0 })
                ? saved
                : throw new JsonException("incomplete");
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"The saved session in {Path} cannot be read ({ex.Message}); run `clay login` again or `clay logout`.");
        }
    }

    public void Save(SavedSession session)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, ownerOnly | UnixFileMode.UserExecute);
        }

        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = ownerOnly;

            // UnixCreateMode only applies to a new file; an older one may have looser rights, which
            // must be gone before the session is written into it.
            if (File.Exists(Path))
            {
                File.SetUnixFileMode(Path, ownerOnly);
            }
        }

        using var stream = new FileStream(Path, options);
        JsonSerializer.Serialize(stream, session, JsonOptions);
    }

    public bool Delete()
    {
        if (!File.Exists(Path))
        {
            return false;
        }

        File.Delete(Path);
        return true;
    }
}
