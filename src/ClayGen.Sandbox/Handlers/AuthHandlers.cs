using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Health check, login and the current user.</summary>
internal sealed class AuthHandlers(SandboxState state)
{
    public void Register(ApiRouter router)
    {
        router.Map("GET", "/v3", _ => ApiResponse.Ok(new JsonObject { ["status"] = "ok", ["version"] = "sandbox" }), isPublic: true);
        router.Map("POST", "/v3/auth/login", Login, isPublic: true);
        router.Map("GET", "/v3/me", Me);
    }

    private ApiResponse Login(ApiRequest request)
    {
        var body = request.RequireObject();
        var email = JsonRead.String(body, "email");
        var password = JsonRead.String(body, "password");
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
            return ApiResponse.Error(401, "Invalid email or password");
        }

        var session = state.Sessions.Issue();
        return ApiResponse.Ok(new JsonObject { ["success"] = true, ["userId"] = SandboxState.OwnerUserId })
            .WithHeader("Set-Cookie", $"claysession={session}; Path=/; HttpOnly; Secure; SameSite=None");
    }

    private ApiResponse Me(ApiRequest request) => ApiResponse.Ok(new JsonObject
    {
        ["id"] = SandboxState.OwnerUserId,
        ["email"] = state.Email,
        ["name"] = "Sandbox Owner",
        ["lastWorkspaceVisitedId"] = SandboxState.WorkspaceId,
    });
}
