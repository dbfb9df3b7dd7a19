using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClayGen.Sandbox.Tests;

public class OptionsTests
{
    [Fact]
    public async Task Explicit_port_is_used()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var sandbox = await ClaySandbox.StartAsync(new ClaySandboxOptions { Port = port });

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), sandbox.BaseAddress);
        Assert.Equal(("sandbox@example.com", "sandbox-password", 712043, 4515), (sandbox.Email, sandbox.Password, sandbox.WorkspaceId, sandbox.UserId));
    }

    [Fact]
    public async Task Body_without_json_content_type_is_still_read()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/workspaces/{sandbox.WorkspaceId}/folders")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"name\":\"Plain\"}")),
        };
        request.Headers.Add("Cookie", $"claysession={sandbox.Session}");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"Plain\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_honours_a_cancelled_token()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ClaySandbox.StartAsync(cancellationToken: cts.Token));
    }
}
