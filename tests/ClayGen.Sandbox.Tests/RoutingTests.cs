using System.Net;
using System.Net.Sockets;

namespace ClayGen.Sandbox.Tests;

public class RoutingTests
{
    [Fact]
    public async Task BaseAddress_is_a_listening_loopback_port_and_ends_with_slash()
    {
        await using var sandbox = await ClaySandbox.StartAsync();

        Assert.Equal("127.0.0.1", sandbox.BaseAddress.Host);
        Assert.EndsWith("/", sandbox.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
        Assert.False(sandbox.IsInMemory);
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, sandbox.BaseAddress.Port);
        Assert.True(socket.Connected);
    }

    [Theory]
    [InlineData("GET", "v3/nothing-here")]
    [InlineData("GET", "v3/tables/t_missing")]
    [InlineData("DELETE", "v3/my-workspaces")]
    public async Task Unknown_route_is_404_NoMatchingURL(string method, string path)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Send(new HttpMethod(method), path, null);

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("NoMatchingURL", result.Message);
    }

    [Fact]
    public async Task Trailing_slash_is_significant()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Equal(HttpStatusCode.OK, (await api.Post($"v3/workspaces/{api.Ws}/resources_v2/", new { })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Post($"v3/workspaces/{api.Ws}/resources_v2", new { })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/tables/{sandbox.TableId}/")).Status);
    }

    [Fact]
    public async Task Invalid_json_body_is_400_with_message()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/records", "{\"records\": [");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith("Invalid JSON body", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.TotalRecordCount(sandbox.TableId));
    }

    [Fact]
    public async Task Other_workspace_is_404()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Equal(HttpStatusCode.NotFound, (await api.Get("v3/workspaces/1/permissions")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Post("v3/workspaces/1/folders", new { name = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Post("v3/workbooks", new { name = "x", workspaceId = 1 })).Status);
    }

    [Fact]
    public async Task Permissions_lists_users_with_levels()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var users = (await api.Get($"v3/workspaces/{api.Ws}/permissions")).Json["users"]!.AsArray();

        var owner = users.Single(u => u!["id"]!.GetValue<int>() == sandbox.UserId)!;
        Assert.Equal("Sandbox Owner", owner["name"]!.GetValue<string>());
        Assert.Equal("owner@example.com", owner["email"]!.GetValue<string>());
        Assert.Equal("OWNER", owner["permission"]!.GetValue<string>());
        Assert.True(users.Count >= 2);
    }

    [Fact]
    public async Task Requests_are_recorded_with_method_path_query_body_and_status()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        await api.Get($"v3/sources?tableId={sandbox.TableId}");
        await api.Delete($"v3/tables/{sandbox.TableId}/records", new { recordIds = new[] { "r_1" } });

        Assert.Equal(2, sandbox.RequestCount);
        var first = sandbox.Requests[0];
        Assert.Equal(("GET", "/v3/sources", $"tableId={sandbox.TableId}", (string?)null, 200), (first.Method, first.Path, first.Query, first.Body, first.StatusCode));
        var second = sandbox.Requests[1];
        Assert.Equal("DELETE", second.Method);
        Assert.Equal("{\"recordIds\":[\"r_1\"]}", second.Body);
    }
}
