using System.Security.Cryptography;
using System.Text;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Middleware;

/// <summary>
/// Runs after routing: a request that matched no sandbox route (a wrong method or trailing slash
/// included) loses its endpoint and ends as a 404; every request except those to public routes
/// (<see cref="IAllowAnonymous"/>) needs a valid <c>claysession</c> cookie or the API key (a raw
/// <c>Authorization</c> header) first, as on Clay, so an unknown path without either is a 401.
/// </summary>
internal sealed class SessionMiddleware(SandboxState state) : IMiddleware
{
    private const string SessionCookie = "claysession";

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var endpoint = context.GetEndpoint();
        var route = endpoint?.Metadata.GetMetadata<SandboxRoute>();
        var path = context.Request.Path.Value ?? string.Empty;
        if (route is null || route.TrailingSlash != path.EndsWith('/'))
        {
            // Also drops ASP.NET Core's 405 endpoint: Clay answers a wrong method with 404.
            context.SetEndpoint(null);
            endpoint = null;
        }

        if (endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            var session = context.Request.Cookies[SessionCookie];
            bool authenticated;
            lock (state.Sync)
            {
                authenticated = state.Sessions.IsValid(session);
            }

            if (!authenticated)
            {
                return CheckApiKey(context.Request.Headers.Authorization) is { } refusal
                    ? refusal.ExecuteAsync(context)
                    : next(context);
            }
        }

        return next(context);
    }

    /// <summary>Null when the header carries the API key; otherwise the 401 to answer (which never echoes the header).</summary>
    private IResult? CheckApiKey(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return ApiResults.Unauthorized();
        }

        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResults.Error(
                StatusCodes.Status401Unauthorized,
                "Send the API key as the raw Authorization header value, without \"Bearer\"",
                "Unauthorized");
        }

        var expected = Encoding.UTF8.GetBytes(state.Options.ApiKey);
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(authorization))
            ? null
            : ApiResults.Error(StatusCodes.Status401Unauthorized, "Invalid API key", "Unauthorized");
    }
}
