using ClayGen.Cli.Mcp;

namespace ClayGen.Cli.Tests.Mcp;

/// <summary>The guard behind the library's own redaction: no credential of the run reaches a tool result.</summary>
public sealed class ClayToolContextTests
{
    [Fact]
    public void Every_credential_of_the_run_is_redacted_as_sent_and_url_decoded()
    {
        using var clay = new ClayClient(new ClayClientOptions { BaseAddress = new Uri("http://127.0.0.1:1/"), ApiKey = "key_live_4f2a9c" });
        var context = new ClayToolContext(clay, () => 1, ["s%3Asession-id.signature", "key_live_4f2a9c", null, "hunter2!"]);

        var text = context.Redact("cookie s%3Asession-id.signature, decoded s:session-id.signature, key key_live_4f2a9c, password hunter2!");

        Assert.Equal("cookie [redacted], decoded [redacted], key [redacted], password [redacted]", text);
    }

    [Fact]
    public void A_missing_workspace_is_an_argument_error_that_says_how_to_give_one()
    {
        using var clay = new ClayClient(new ClayClientOptions { BaseAddress = new Uri("http://127.0.0.1:1/"), ApiKey = "key_live_4f2a9c" });
        var context = new ClayToolContext(clay, () => throw new Infrastructure.CliUsageException("This command needs a workspace."), []);

        var error = Assert.Throws<ArgumentException>(() => context.Workspace(null));

        Assert.Equal("workspaceId", error.ParamName);
        Assert.Contains("pass workspaceId", error.Message, StringComparison.Ordinal);
        Assert.Equal(42, context.Workspace(42));
    }
}
