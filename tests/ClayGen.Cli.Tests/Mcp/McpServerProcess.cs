using System.Text.Json.Nodes;
using ClayGen.Sandbox;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace ClayGen.Cli.Tests.Mcp;

/// <summary>
/// A sandbox and a <c>clay mcp</c> process serving it over stdio, launched from the built CLI
/// (<c>dotnet clay.dll mcp ...</c>) with the environment every other command reads, and an MCP client connected to it.
/// </summary>
internal sealed class McpServerProcess : IAsyncDisposable
{
    private McpServerProcess(CliHarness cli, McpClient client, List<string> errorLines)
    {
        Cli = cli;
        Client = client;
        ErrorLines = errorLines;
    }

    public CliHarness Cli { get; }

    public ClaySandbox Sandbox => Cli.Sandbox;

    public McpClient Client { get; }

    /// <summary>What the server wrote on standard error.</summary>
    public List<string> ErrorLines { get; }

    public static async Task<McpServerProcess> StartAsync(params string[] flags)
    {
        var cli = await InstantSandbox.StartAsync();
        try
        {
            var errorLines = new List<string>();
            var environment = new Dictionary<string, string?>(cli.Variables, StringComparer.Ordinal)
            {
                // Hermetic: nothing from the machine's own Clay settings reaches the server.
                ["CLAY_API_KEY"] = null,
                ["CLAY_EMAIL"] = null,
                ["CLAY_PASSWORD"] = null,
            };
            var transport = new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "clay",
                Command = DotNet(),
                Arguments = [Path.Combine(AppContext.BaseDirectory, "clay.dll"), "mcp", .. flags],
                EnvironmentVariables = environment,
                WorkingDirectory = cli.Directory,
                StandardErrorLines = line =>
                {
                    lock (errorLines)
                    {
                        errorLines.Add(line);
                    }
                },
            });
            var client = await McpClient.CreateAsync(transport);
            return new McpServerProcess(cli, client, errorLines);
        }
        catch
        {
            await cli.DisposeAsync();
            throw;
        }
    }

    public async Task<IList<McpClientTool>> ListToolsAsync() => await Client.ListToolsAsync();

    /// <summary>Calls a tool and returns its result with its one text block.</summary>
    public async Task<(CallToolResult Result, string Text)> CallAsync(string tool, object? arguments = null)
    {
        var values = arguments is null
            ? new Dictionary<string, object?>()
            : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(arguments))!.AsObject().ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        var result = await Client.CallToolAsync(tool, values);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        return (result, text);
    }

    /// <summary>Calls a tool that must succeed and returns its JSON.</summary>
    public async Task<JsonNode> CallJsonAsync(string tool, object? arguments = null)
    {
        var (result, text) = await CallAsync(tool, arguments);
        Assert.True(result.IsError is not true, $"{tool} failed: {text}");
        return JsonNode.Parse(text) ?? throw new InvalidOperationException($"{tool} answered JSON null");
    }

    /// <summary>A client of the same sandbox, for seeding and checking state behind the server's back.</summary>
    public ClayClient CreateClayClient() => new(new ClayClientOptions { BaseAddress = Sandbox.BaseAddress, Session = ClaySession.FromCookie(Sandbox.Session) });

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Cli.DisposeAsync();
    }

    // The dotnet that runs the tests runs the CLI too.
    private static string DotNet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
