using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Middleware;

/// <summary>
/// Delays every request by the configured latency plus <see cref="ClaySandboxFaults.Latency"/>, before anything else happens,
/// on the sandbox's clock (<see cref="ClaySandboxOptions.TimeProvider"/>) so a test can step through the delay.
/// </summary>
internal sealed class LatencyMiddleware(TimeSpan baseLatency, ClaySandboxFaults faults, TimeProvider time) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var delay = baseLatency + faults.Latency;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, context.RequestAborted).ConfigureAwait(false);
        }

        await next(context).ConfigureAwait(false);
    }
}
