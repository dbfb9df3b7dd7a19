using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;

namespace ClayGen.Cli.Infrastructure;

/// <summary>
/// Where a running <c>clay sandbox serve</c> says it is (<c>claygen/sandbox.json</c> beside the saved
/// session, owner-only: it holds a session), so that later commands with <c>--sandbox</c> use it and
/// keep its state instead of starting an empty sandbox of their own.
/// </summary>
internal sealed class SandboxRegistry(string path)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public string Path { get; } = path;

    public static SandboxRegistry For(ClayCliEnvironment environment) =>
        new(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(SessionFile.For(environment).Path)!, "sandbox.json"));

    /// <summary>Records <paramref name="endpoint"/> as the sandbox for <c>--sandbox</c>.</summary>
    public void Register(SandboxEndpoint endpoint)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(Path, options);
        JsonSerializer.Serialize(stream, endpoint, JsonOptions);
    }

    /// <summary>Removes the record if it is still <paramref name="processId"/>'s (another serve may have replaced it).</summary>
    public void Unregister(int processId)
    {
        if (Read() is { } current && current.ProcessId == processId)
        {
            File.Delete(Path);
        }
    }

    /// <summary>The registered sandbox if its process is alive and its port answers; <see langword="null"/> otherwise.</summary>
    public async Task<SandboxEndpoint?> FindRunningAsync(CancellationToken cancellationToken)
    {
        if (Read() is not { } endpoint || !IsAlive(endpoint.ProcessId))
        {
            return null;
        }

        try
        {
            // A loopback port either accepts or refuses at once.
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.BaseUrl.Host, endpoint.BaseUrl.Port, cancellationToken);
            return endpoint;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    private SandboxEndpoint? Read()
    {
        try
        {
            return File.Exists(Path) ? JsonSerializer.Deserialize<SandboxEndpoint>(File.ReadAllText(Path), JsonOptions) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A stale or half-written record is no sandbox.
            return null;
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
