using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Workspaces, their users and their tables.</summary>
internal sealed class WorkspaceHandlers(SandboxState state)
{
    public void Register(ApiRouter router)
    {
        router.Map("GET", "/v3/my-workspaces", MyWorkspaces);
        router.Map("GET", "/v3/workspaces/{ws}/permissions", Permissions);
        router.Map("GET", "/v3/workspaces/{ws}/tables", Tables);
    }

    private ApiResponse MyWorkspaces(ApiRequest request) => ApiResponse.Ok(new JsonObject
    {
        ["results"] = new JsonArray(new JsonObject
        {
            ["id"] = SandboxState.WorkspaceId,
            ["name"] = SandboxState.WorkspaceName,
            ["ownerId"] = SandboxState.OwnerUserId,
            ["createdAt"] = "2024-11-02T10:00:00.000Z",
        }),
    });

    private ApiResponse Permissions(ApiRequest request)
    {
        SandboxState.RequireWorkspace(request.Route("ws"));
        var users = new JsonArray();
        foreach (var user in state.Users)
        {
            users.Add(new JsonObject
            {
                ["id"] = user.Id,
                ["name"] = user.Name,
                ["email"] = user.Email,
                ["permission"] = user.Permission,
            });
        }

        return ApiResponse.Ok(new JsonObject { ["users"] = users });
    }

    private ApiResponse Tables(ApiRequest request)
    {
        SandboxState.RequireWorkspace(request.Route("ws"));
        var results = new JsonArray();
        foreach (var table in state.OrderedResources().OfType<Table>())
        {
            results.Add(new JsonObject
            {
                ["id"] = table.Id,
                ["name"] = table.Name,
                ["type"] = "spreadsheet",
                ["workbookId"] = table.WorkbookId,
                ["workspaceId"] = SandboxState.WorkspaceId,
            });
        }

        return ApiResponse.Ok(new JsonObject { ["results"] = results });
    }
}
