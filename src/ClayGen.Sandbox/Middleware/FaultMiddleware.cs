using System.Globalization;
using ClayGen.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Middleware;

/// <summary>Answers with an injected fault before authentication, routing and any state change.</summary>
internal sealed class FaultMiddleware(ClaySandboxFaults faults) : IMiddleware
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (faults.TakeFailure(RequestLogMiddleware.Current(context)) is not { } fault)
        {
            return next(context);
        }

        var retryAfter = fault.RetryAfter;
        if (retryAfter is null && fault.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            retryAfter = TimeSpan.FromSeconds(1);
        }

        if (retryAfter is { } wait)
        {
            var seconds = (long)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return ApiResults.Error(fault.StatusCode, fault.Message).ExecuteAsync(context);
    }
}
