using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Health check, login and the current user.</summary>
internal sealed class AuthHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", string.Empty, () => ApiResults.Ok(new JsonObject { ["status"] = "ok", ["version"] = "sandbox" })).AllowAnonymous();
        v3.MapSandboxRoute("POST", "/auth/login", (HttpResponse response, [FromBody] JsonNode? body) => Login(response, body)).AllowAnonymous();
        v3.MapSandboxRoute("GET", "/me", Me);
    }

    private IResult Login(HttpResponse response, JsonNode? body)
    {
        var login = JsonRead.RequireObject(body);
        var email = JsonRead.String(login, "email");
        var password = JsonRead.String(login, "password");
        var missing = new List<string>();
        if (email is null)
        {
            missing.Add("email - Required");
        }

        if (password is null)
        {
            missing.Add("password - Required");
        }

        if (missing.Count > 0)
        {
            throw ApiException.BadRequest(string.Join(", ", missing));
        }

        if (!string.Equals(email, state.Email, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(password, state.Password, StringComparison.Ordinal))
        {
            return ApiResults.Error(StatusCodes.Status401Unauthorized, "Invalid email or password");
        }

        var session = state.Sessions.Issue();
        // Written by hand: Response.Cookies would escape the already URL-encoded value a second time.
        response.Headers.Append("Set-Cookie", $"claysession={session}; Path=/; HttpOnly; Secure; SameSite=None");
        return ApiResults.Ok(new JsonObject { ["success"] = true, ["userId"] = SandboxState.OwnerUserId });
    }

    private IResult Me() => ApiResults.Ok(new JsonObject
    {
        ["id"] = SandboxState.OwnerUserId,
        ["email"] = state.Email,
        ["name"] = "Sandbox Owner",
        ["lastWorkspaceId"] = SandboxState.WorkspaceId,
        ["lastWorkspaceVisitedId"] = SandboxState.WorkspaceId,
    });
}
