using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using ClayGen.Cli.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Cli.Commands;

/// <summary>
/// <c>clay api METHOD PATH</c>: one raw request with the configured session (if any), for endpoints
/// the spec does not cover yet and for checking what a server answers. No retries, no validation.
/// </summary>
internal static class ApiCommand
{
    private const int ExcerptLength = 300;

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

            var (baseUrl, session) = await ResolveAsync(ctx);
            var relative = ctx.Get(path)!.Trim().TrimStart('/');
            using var request = new HttpRequestMessage(new HttpMethod(verb), new Uri(baseUrl, relative));
            if (session is not null)
            {
                request.Headers.TryAddWithoutValidation("Cookie", session.ToCookieHeader());
            }

            if (ctx.Get(body) is { } text)
            {
                var content = text.StartsWith('@') ? await File.ReadAllTextAsync(text[1..], ctx.CancellationToken) : text;
                request.Content = new StringContent(content, Encoding.UTF8);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            using var http = new HttpClient(ClayGen.Http.ClayHttpPipeline.CreatePrimaryHandler()) { Timeout = TimeSpan.FromSeconds(100) };
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ctx.CancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new IOException($"cannot reach {baseUrl}: {ex.Message}", ex);
            }

            using (response)
            {
                var answer = await response.Content.ReadAsStringAsync(ctx.CancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    var excerpt = ErrorReporter.OneLine(answer);
                    excerpt = excerpt.Length > ExcerptLength ? excerpt[..ExcerptLength] + "..." : excerpt;
                    ctx.Environment.Error.WriteLine(
                        $"error: {(int)response.StatusCode} {response.ReasonPhrase} from {verb} /{relative}" + (excerpt.Length > 0 ? ": " + excerpt : "."));
                    return CliExitCodes.Failure;
                }

                ctx.Environment.Out.WriteLine(Pretty(answer));
                return CliExitCodes.Success;
            }
        });
        return command;
    }

    private static async Task<(Uri BaseUrl, ClaySession? Session)> ResolveAsync(CliContext ctx)
    {
        if (ctx.UseSandbox)
        {
            var sandbox = await ctx.StartSandboxAsync();
            return (sandbox.BaseAddress, ctx.ExplicitSession() ?? ClaySession.FromCookie(sandbox.Session));
        }

        var baseUrl = ctx.ResolveBaseUrl();
        return (baseUrl, ctx.ResolveSession(baseUrl));
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
