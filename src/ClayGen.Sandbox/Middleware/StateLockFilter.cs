using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Middleware;

/// <summary>
/// Runs every handler under the state lock and turns <see cref="ApiException"/> into its response.
/// Handlers are synchronous and return fresh JSON, so the response is written outside the lock.
/// </summary>
internal sealed class StateLockFilter(SandboxState state) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            lock (state.Sync)
            {
                var result = next(context);
                return result.IsCompleted
                    ? ValueTask.FromResult(result.Result)
                    : throw new InvalidOperationException("Sandbox handlers must complete synchronously: they run under the state lock.");
            }
        }
        catch (ApiException ex)
        {
            return ValueTask.FromResult<object?>(ex.ToResult());
        }
    }
}
