using System.Net;
using System.Text.Json;

namespace ClayGen.Sandbox.Tests;

public class IntegrationTests
{
    [Fact]
    public async Task App_accounts_is_a_bare_array_of_accounts()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Get($"v3/workspaces/{api.Ws}/app-accounts");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(JsonValueKind.Array, result.Json.GetValueKind());
        var accounts = result.Json.AsArray();
        Assert.Equal(5, accounts.Count);
        var first = accounts[0]!;
        Assert.StartsWith("aa_", first["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("elevenlabs", first["appAccountTypeId"]!.GetValue<string>());
        Assert.True(first["isSharedPublicKey"]!.GetValue<bool>());
        Assert.Null(first["userOwnerId"]);
        Assert.Equal(4515, first["workspaceOwnerId"]!.GetValue<int>());
        Assert.Equal("can_use", first["defaultAccess"]!.GetValue<string>());
        Assert.True(first["abilities"]!["canAccess"]!.GetValue<bool>());
        Assert.False(first["abilities"]!["canDelete"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Actions_catalog_links_packages_to_provider_types()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var actions = (await api.Get($"v3/actions?workspaceId={api.Ws}")).Json["actions"]!.AsArray();

        var tts = actions.Single(a => a!["key"]!.GetValue<string>() == "elevenlabs-text-to-speech")!;
        Assert.Equal("elevenlabs", tts["auth"]!["providerType"]!.GetValue<string>());
        Assert.True(Guid.TryParse(tts["package"]!["id"]!.GetValue<string>(), out _));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/actions?workspaceId=1")).Status);
    }
}
