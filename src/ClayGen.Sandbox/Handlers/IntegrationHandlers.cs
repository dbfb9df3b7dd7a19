using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>App accounts (connected integrations) and the action catalog.</summary>
internal sealed class IntegrationHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/workspaces/{ws}/app-accounts", (string ws) => AppAccounts(ws));
        v3.MapSandboxRoute("GET", "/actions", ([FromQuery] string? workspaceId) => Actions(workspaceId));
    }

    private IResult AppAccounts(string ws)
    {
        SandboxState.RequireWorkspace(ws);
        var accounts = new JsonArray();
        foreach (var account in state.AppAccounts)
        {
            accounts.Add(ApiJson.AppAccount(account));
        }

        return ApiResults.Ok(accounts);
    }

    private IResult Actions(string? workspaceId)
    {
        var workspace = workspaceId ?? throw ApiException.BadRequest("workspaceId - Required");
        SandboxState.RequireWorkspace(workspace);

        var actions = new JsonArray();
        foreach (var package in state.Packages)
        {
            foreach (var action in package.Actions)
            {
                actions.Add(new JsonObject
                {
                    ["key"] = action.Key,
                    ["displayName"] = action.DisplayName,
                    ["package"] = new JsonObject { ["id"] = package.Id, ["name"] = package.Name },
                    ["auth"] = new JsonObject { ["providerType"] = package.ProviderType },
                });
            }
        }

        return ApiResults.Ok(new JsonObject { ["actions"] = actions });
    }
}
