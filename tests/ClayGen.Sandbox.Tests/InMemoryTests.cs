using System.Net;

namespace ClayGen.Sandbox.Tests;

public class InMemoryTests
{
    [Fact]
    public async Task In_memory_sandbox_keeps_state_and_logs_requests_through_its_handler()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var ids = await api.AddRecords(sandbox.TableId, [new() { [sandbox.FieldIds[0]] = "Acme" }]);
        var count = await api.Get($"v3/tables/{sandbox.TableId}/count");

        Assert.True(sandbox.IsInMemory);
        Assert.Equal(new Uri("http://localhost/"), sandbox.BaseAddress);
        Assert.Single(ids);
        Assert.Equal(1, count.Json["tableTotalRecordsCount"]!.GetValue<int>());
        Assert.Equal(["POST", "GET"], sandbox.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task In_memory_sandbox_checks_the_session_and_injects_faults_like_the_socket_one()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox) { Session = null };

        sandbox.Faults.FailNext(1, 503);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Get("v3/me")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Get("v3/me")).Status);
    }

    [Fact]
    public async Task In_memory_start_rejects_a_port()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { Port = 5123 }));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public async Task CreateHandler_after_dispose_throws()
    {
        var sandbox = await ClaySandbox.StartInMemoryAsync();
        await sandbox.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(sandbox.CreateHandler);
    }
}
