using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Models;

public sealed class LargeIdTests
{
    // Above int.MaxValue (2 147 483 647): a 32-bit id would overflow while reading or could not be sent.
    private const long BigWorkspace = 3_000_000_000;
    private const long BigUser = 3_000_000_001;

    [Fact]
    public async Task A_workspace_id_above_2_pow_31_is_read_and_sent_back_unchanged()
    {
        var network = new RecordingHandler(request => RecordingHandler.Json(
            request.RequestUri!.AbsolutePath == "/v3/my-workspaces"
                ? """{"results":[{"id":3000000000,"name":"Big GTM"}]}"""
                : """{"users":[{"id":3000000001,"name":"Jane"}]}"""));
        using var clay = TestClients.Create(network);

        var workspace = Assert.Single((await clay.Workspaces.ListWorkspacesAsync()).Results);
        var owner = Assert.Single((await clay.Workspaces.ListOwnersAsync(workspace.Id)).Users);

        Assert.Equal(BigWorkspace, workspace.Id);
        Assert.Equal(BigUser, owner.Id);
        Assert.Equal("/v3/workspaces/3000000000/permissions", network.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task Owner_and_workspace_ids_above_2_pow_31_in_resources_and_app_accounts_are_read()
    {
        using var clay = TestClients.Create(new RecordingHandler(request => RecordingHandler.Json(
            request.RequestUri!.AbsolutePath.EndsWith("/app-accounts", StringComparison.Ordinal)
                ? """[{"id":"aa_1","appAccountTypeId":"elevenlabs","userOwnerId":3000000001,"workspaceOwnerId":3000000000}]"""
                : """{"resources":[{"id":"wb_1","name":"Inbound","resourceType":"WORKBOOK","ownerId":3000000001,"workspaceId":3000000000}]}""")));

        var resource = Assert.Single((await clay.Resources.ListUserCreatedResourcesAsync(BigWorkspace, BigUser)).Resources);
        var account = Assert.Single(await clay.Integrations.ListAppAccountsAsync(BigWorkspace));

        Assert.Equal(BigUser, resource.OwnerId);
        Assert.Equal(BigWorkspace, resource.WorkspaceId);
        Assert.Equal(BigUser, account.UserOwnerId);
        Assert.Equal(BigWorkspace, account.WorkspaceOwnerId);
    }
}
