using System.Globalization;
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
        v3.MapSandboxRoute("GET", "/api-keys", ([FromQuery] string? resourceType, [FromQuery] string? resourceId) => ApiKeys(resourceType, resourceId));
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

    // The owner has the sandbox's one key; other users have none. The key itself is never listed.
    private IResult ApiKeys(string? resourceType, string? resourceId)
    {
        if (resourceType != "user")
        {
            throw ApiException.BadRequest($"resourceType - Invalid enum value. Expected 'user', received '{resourceType}'");
        }

        if (!int.TryParse(resourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            throw ApiException.BadRequest("resourceId - Required");
        }

        if (!state.Users.Exists(u => u.Id == userId))
        {
            throw ApiException.NotFound($"User {userId} was not found");
        }

        var keys = new JsonArray();
        if (userId == SandboxState.OwnerUserId)
        {
            keys.Add(new JsonObject
            {
                ["id"] = "ak_sandbox0001",
                ["name"] = "Sandbox key",
                ["resourceType"] = "user",
                ["resourceId"] = userId.ToString(CultureInfo.InvariantCulture),
                ["keyData"] = new JsonObject { ["scopes"] = new JsonArray() },
                ["createdAt"] = "2024-11-02T10:00:00.000Z",
            });
        }

        return ApiResults.Ok(keys);
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
