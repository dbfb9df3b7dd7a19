using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Hosting;

/// <summary>Maps a sandbox route: one method, one template, marked with <see cref="SandboxRoute"/>.</summary>
internal static class SandboxRouteBuilderExtensions
{
    public static RouteHandlerBuilder MapSandboxRoute(this IEndpointRouteBuilder v3, string method, string pattern, Delegate handler) =>
        v3.MapMethods(pattern, [method], handler).WithMetadata(new SandboxRoute(pattern.EndsWith('/')));
}
