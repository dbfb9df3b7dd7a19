using System.Text.Json;
using ClayGen.Cli.Infrastructure;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ClayGen.Cli.Mcp;

/// <summary>
/// Every tool failure as a tool error (<c>isError: true</c>) the model can read and act on: ClayGen's typed
/// message (already free of secrets, and redacted once more here), or what is wrong with an argument.
/// </summary>
internal static class ToolErrors
{
    /// <summary>A call filter: failures become tool errors, and no result text carries a credential of this run.</summary>
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Filter(ClayToolContext context) => next => async (request, cancellationToken) =>
    {
        CallToolResult result;
        try
        {
            result = await next(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not McpProtocolException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            result = Error(Describe(ex, cancellationToken));
        }

        foreach (var text in result.Content.OfType<TextContentBlock>())
        {
            text.Text = context.Redact(text.Text);
        }

        return result;
    };

    public static CallToolResult Error(string message) => new() { IsError = true, Content = [new TextContentBlock { Text = message }] };

    private static string Describe(Exception exception, CancellationToken cancellationToken)
    {
        var message = exception switch
        {
            // The SDK binds arguments through System.Text.Json: a value of the wrong type fails there.
            JsonException json => "error: an argument has the wrong type: " + json.Message,

            // The SDK's own binding error names its dictionary, not the argument; the message names the argument.
            ArgumentException { ParamName: "arguments" } binding => "error: " + ArgumentMessages.WithoutParameter(binding),
            _ => ErrorReporter.Describe(exception, cancellationToken).Message,
        };
        message = ErrorReporter.OneLine(message);
        return message.StartsWith("error: ", StringComparison.Ordinal) ? message["error: ".Length..] : message;
    }
}
