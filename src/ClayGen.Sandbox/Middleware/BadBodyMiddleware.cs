using ClayGen.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Middleware;

/// <summary>Turns the framework's body-binding failure (invalid JSON) into Clay's 400 with a message.</summary>
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
            var reason = ex.InnerException?.Message ?? ex.Message;
            await ApiResults.Error(StatusCodes.Status400BadRequest, $"Invalid JSON body: {reason}").ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
