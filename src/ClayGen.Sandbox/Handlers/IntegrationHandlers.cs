using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>App accounts (connected integrations) and the action catalog.</summary>
internal sealed class IntegrationHandlers(SandboxState state)
{
    public void Register(ApiRouter router)
    {
        router.Map("GET", "/v3/workspaces/{ws}/app-accounts", AppAccounts);
        router.Map("GET", "/v3/actions", Actions);
    }

    private ApiResponse AppAccounts(ApiRequest request)
    {
        SandboxState.RequireWorkspace(request.Route("ws"));
        var accounts = new JsonArray();
        foreach (var account in state.AppAccounts)
        {
            accounts.Add(ApiJson.AppAccount(account));
        }

        return ApiResponse.Ok(accounts);
    }

    private ApiResponse Actions(ApiRequest request)
    {
        var workspace = request.QueryValue("workspaceId") ?? throw ApiException.BadRequest("workspaceId - Required");
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

        return ApiResponse.Ok(new JsonObject { ["actions"] = actions });
    }
}
