using System.Text.Json;
using ClayGen.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Middleware;

/// <summary>Turns the framework's request-binding failures (invalid JSON above all) into Clay's error body with a message.</summary>
internal sealed class BadBodyMiddleware : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var message = ex.InnerException is JsonException json ? $"Invalid JSON body: {json.Message}" : ex.Message;
            await ApiResults.Error(ex.StatusCode, message).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
