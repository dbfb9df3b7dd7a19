namespace ClayGen.Cli.Tests.Mcp;

/// <summary>One <c>clay mcp</c> process per test class (launches are slow), started with the class's flags.</summary>
public abstract class McpServerFixture : IAsyncLifetime
{
    private McpServerProcess? _server;

    internal McpServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    protected abstract string[] Flags { get; }

    public async Task InitializeAsync() => _server = await McpServerProcess.StartAsync(Flags);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>A server started without flags: read-only tools.</summary>
public sealed class ReadOnlyMcpServer : McpServerFixture
{
    protected override string[] Flags => [];
}

/// <summary>A server started with <c>--allow-writes</c> only.</summary>
public sealed class WritableMcpServer : McpServerFixture
{
    protected override string[] Flags => ["--allow-writes"];
}

/// <summary>A server started with <c>--allow-writes --allow-runs</c>: every tool.</summary>
public sealed class FullMcpServer : McpServerFixture
{
    protected override string[] Flags => ["--allow-writes", "--allow-runs"];
}
