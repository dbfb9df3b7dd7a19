using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Workspaces, their users and their tables.</summary>
internal sealed class WorkspaceHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/my-workspaces", MyWorkspaces);
        v3.MapSandboxRoute("GET", "/workspaces/{ws}/permissions", (string ws) => Permissions(ws));
        v3.MapSandboxRoute("GET", "/workspaces/{ws}", (string ws) => Workspace(ws));
        v3.MapSandboxRoute("GET", "/workspaces/{ws}/tables", (string ws) => Tables(ws));
    }

    private IResult MyWorkspaces() => ApiResults.Ok(new JsonObject
    {
        ["results"] = new JsonArray(new JsonObject
        {
            ["id"] = SandboxState.WorkspaceId,
            ["name"] = SandboxState.WorkspaceName,
            ["ownerId"] = SandboxState.OwnerUserId,
            ["createdAt"] = "2024-11-02T10:00:00.000Z",
        }),
    });

    private IResult Workspace(string ws)
    {
        SandboxState.RequireWorkspace(ws);
        var workspace = new JsonObject
        {
            ["id"] = SandboxState.WorkspaceId,
            ["name"] = SandboxState.WorkspaceName,
            ["billingPlanType"] = "sandbox",
        };
        // Clay reports a balance; the sandbox has one only while a credit limit is set.
        if (state.Faults.CreditsRemaining is { } credits)
        {
            workspace["credits"] = credits;
        }

        return ApiResults.Ok(workspace);
    }

    private IResult Permissions(string ws)
    {
        SandboxState.RequireWorkspace(ws);
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

        return ApiResults.Ok(new JsonObject { ["users"] = users });
    }

    private IResult Tables(string ws)
    {
        SandboxState.RequireWorkspace(ws);
        var results = new JsonArray();
        foreach (var table in state.OrderedResources().OfType<Table>())
        {
            var summary = ApiJson.TableSummary(table);
            summary["workspaceId"] = SandboxState.WorkspaceId;
            results.Add(summary);
        }

        return ApiResults.Ok(new JsonObject { ["results"] = results });
    }
}
