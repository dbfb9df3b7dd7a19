using System.Net;

namespace ClayGen.Sandbox.Tests;

public class ApiKeyTests
{
    [Fact]
    public async Task The_raw_api_key_works_without_a_session()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { ApiKey = "key-123" });
        using var api = new SandboxApi(sandbox) { Session = null, Authorization = "key-123" };

        var result = await api.Get($"v3/tables/{sandbox.TableId}");

        Assert.Equal("key-123", sandbox.ApiKey);
        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Fact]
    public async Task The_default_key_is_exposed()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox) { Session = null, Authorization = sandbox.ApiKey };

        Assert.Equal(ClaySandboxOptions.DefaultApiKey, sandbox.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await api.Get("v3/me")).Status);
    }

    [Fact]
    public async Task A_wrong_key_is_401_without_echoing_it()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox) { Session = null, Authorization = "not-the-key" };

        var result = await api.Get($"v3/tables/{sandbox.TableId}");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("Unauthorized", result.Json["type"]!.GetValue<string>());
        Assert.DoesNotContain("not-the-key", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bearer_key_is_401_saying_the_raw_key_is_expected()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox) { Session = null, Authorization = "Bearer " + ClaySandboxOptions.DefaultApiKey };

        var result = await api.Get($"v3/tables/{sandbox.TableId}");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Contains("raw", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClaySandboxOptions.DefaultApiKey, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_api_key_option_is_refused_at_start()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ClaySandbox.StartInMemoryAsync(new ClaySandboxOptions { ApiKey = " " }));
    }
}
