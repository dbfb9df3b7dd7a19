using System.CommandLine;
using ClayGen.Cli.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Cli.Commands;

/// <summary>
/// <c>clay api METHOD PATH</c>: one request of your own with the configured session, for
/// endpoints the spec does not cover yet and for checking what a server answers. It goes through
/// <see cref="ClayClient.SendAsync"/>, so it fails, retries and redacts like every other command.
/// </summary>
internal static class ApiCommand
{
    public static Command Create(CliApp app)
    {
        var method = new Argument<string>("method") { Description = "GET, POST, PATCH, PUT or DELETE." };
        var path = new Argument<string>("path") { Description = "The path, e.g. /v3/me or /v3/tables/t_abc/count." };
        var body = new Option<string?>("--body") { Description = "A JSON body, or @file to read it from a file." };
        var command = new Command("api", "Send one raw request (with the session, if one is configured) and print the response.") { method, path, body };
        app.Bind(command, async ctx =>
        {
            var verb = ctx.Get(method)!.Trim().ToUpperInvariant();
            if (verb is not ("GET" or "POST" or "PATCH" or "PUT" or "DELETE"))
            {
                throw new CliUsageException($"'{ctx.Get(method)}' is not an HTTP method: use GET, POST, PATCH, PUT or DELETE.");
            }

            var jsonBody = ctx.Get(body) is { } text
                ? text.StartsWith('@') ? await File.ReadAllTextAsync(text[1..], ctx.CancellationToken) : text
                : null;

            // The library's pipeline, as for every command: session and re-login, timeouts, typed and
            // redacted errors, credentials kept with their host.
            var clay = await ctx.ClientAsync();
            var answer = await clay.SendAsync(new HttpMethod(verb), ctx.Get(path)!, jsonBody, ctx.CancellationToken);
            ctx.Environment.Out.WriteLine(Pretty(answer));
            return CliExitCodes.Success;
        });
        return command;
    }

    private static string Pretty(string text)
    {
        try
        {
            return JToken.Parse(text).ToString(Formatting.Indented);
        }
        catch (JsonReaderException)
        {
            return text;
        }
    }
}
