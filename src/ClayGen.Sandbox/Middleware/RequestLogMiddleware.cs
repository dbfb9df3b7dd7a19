using System.Text;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Middleware;

/// <summary>
/// Reads the body once (later stages and the endpoint read the same bytes again) and logs the
/// request with its status just before the response starts, so a caller that has the response
/// already sees it in <see cref="ClaySandbox.Requests"/>.
/// </summary>
internal sealed class RequestLogMiddleware(RequestLog log) : IMiddleware
{
    private static readonly object ItemKey = new();

    /// <summary>The request being answered, with <see cref="ClaySandboxRequest.StatusCode"/> still 0.</summary>
    public static ClaySandboxRequest Current(HttpContext context) => (ClaySandboxRequest)context.Items[ItemKey]!;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        buffer.Position = 0;
        request.Body = buffer;
        var body = buffer.Length == 0 ? null : Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (body is not null)
        {
            // Clay reads every body as JSON whatever its Content-Type, and so does the sandbox.
            request.ContentType = "application/json";
        }

        var received = new ClaySandboxRequest(
            request.Method.ToUpperInvariant(),
            request.Path.Value ?? string.Empty,
            request.QueryString.Value?.TrimStart('?') ?? string.Empty,
            body,
            StatusCode: 0);
        context.Items[ItemKey] = received;
        context.Response.OnStarting(() =>
        {
            log.Add(received with { StatusCode = context.Response.StatusCode });
            return Task.CompletedTask;
        });

        await next(context).ConfigureAwait(false);
    }
}
