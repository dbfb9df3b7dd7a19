using System.Net;

namespace ClayGen.Sandbox.Tests;

public class WorkspaceTests
{
    [Fact]
    public async Task Me_names_the_user_and_the_last_workspace()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var me = (await api.Get("v3/me")).Json;

        Assert.Equal(sandbox.UserId, me["id"]!.GetValue<long>());
        Assert.Equal(sandbox.Email, me["email"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(me["name"]!.GetValue<string>()));
        Assert.Equal(sandbox.WorkspaceId, me["lastWorkspaceId"]!.GetValue<long>());
    }

    [Fact]
    public async Task Workspace_details_and_unknown_workspace()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        sandbox.Faults.CreditsRemaining = 40;

        var workspace = await api.Get($"v3/workspaces/{api.Ws}");

        Assert.Equal(HttpStatusCode.OK, workspace.Status);
        Assert.Equal(sandbox.WorkspaceId, workspace.Json["id"]!.GetValue<long>());
        Assert.Equal("Acme GTM", workspace.Json["name"]!.GetValue<string>());
        Assert.Equal(40, workspace.Json["credits"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/workspaces/1")).Status);
    }
}
