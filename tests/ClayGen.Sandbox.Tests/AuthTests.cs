using System.Net;
using System.Text.RegularExpressions;

namespace ClayGen.Sandbox.Tests;

public class AuthTests
{
    [Fact]
    public async Task Request_without_cookie_is_401_with_clay_error_body()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox) { Session = null };

        var result = await api.Get("v3/my-workspaces");

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("Unauthorized", result.Message);
        Assert.Equal("Unauthorized", result.Json["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Seeded_session_has_express_signed_shape_and_works_among_other_cookies()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Matches(new Regex(@"^s%3A[A-Za-z0-9]+\.[A-Za-z0-9%]+$"), sandbox.Session);
        var result = await api.Send(HttpMethod.Get, "v3/my-workspaces", null, $"theme=dark; claysession={sandbox.Session}; other=1");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var workspace = result.Json["results"]![0]!;
        Assert.Equal(712043, workspace["id"]!.GetValue<int>());
        Assert.Equal("Acme GTM", workspace["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_session_value_is_401()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox, session: "s%3Aforged.signature");

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Get("v3/my-workspaces")).Status);
    }

    [Fact]
    public async Task Health_check_needs_no_session()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox) { Session = null };

        var result = await api.Get("v3");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("ok", result.Json["status"]!.GetValue<string>());
        Assert.Equal("sandbox", result.Json["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_issues_a_cookie_that_works()
    {
        await using var sandbox = await ClaySandbox.StartAsync(new ClaySandboxOptions { Email = "me@acme.test", Password = "pw-1" });
        using var api = new SandboxApi(sandbox) { Session = null };

        var login = await api.Post("v3/auth/login", new { email = "ME@acme.test", password = "pw-1", source = (string?)null });

        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.True(login.Json["success"]!.GetValue<bool>());
        var setCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        var match = Regex.Match(setCookie, @"^claysession=(s%3A[^;]+); Path=/; HttpOnly; Secure; SameSite=None$");
        Assert.True(match.Success, setCookie);
        Assert.NotEqual(sandbox.Session, match.Groups[1].Value);

        api.Session = match.Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await api.Get("v3/my-workspaces")).Status);
    }

    [Fact]
    public async Task Login_with_wrong_password_is_401_and_sets_no_cookie()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox) { Session = null };

        var result = await api.Post("v3/auth/login", new { email = sandbox.Email, password = "nope", source = (string?)null });

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("Invalid email or password", result.Message);
        Assert.False(result.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("{\"email\": 5}")]
    [InlineData("[]")]
    [InlineData("{\"email\": \"a@b.c\"")]
    public async Task Malformed_login_body_is_400(string body)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox) { Session = null };

        var result = await api.Post("v3/auth/login", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Message));
    }

    [Fact]
    public async Task ExpireSessions_makes_old_cookies_401_until_next_login()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var issued = sandbox.IssueSession();
        Assert.Equal(HttpStatusCode.OK, (await api.Get("v3/my-workspaces")).Status);

        sandbox.ExpireSessions();

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Get("v3/my-workspaces")).Status);
        api.Session = issued;
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Get("v3/my-workspaces")).Status);

        var login = await api.Post("v3/auth/login", new { email = sandbox.Email, password = sandbox.Password, source = (string?)null });
        api.Session = Regex.Match(login.Headers.GetValues("Set-Cookie").Single(), "claysession=([^;]+)").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await api.Get("v3/my-workspaces")).Status);
    }

    [Fact]
    public async Task IssueSession_returns_a_distinct_valid_session()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        var fresh = sandbox.IssueSession();
        using var api = new SandboxApi(sandbox, fresh);

        Assert.NotEqual(sandbox.Session, fresh);
        Assert.Equal(HttpStatusCode.OK, (await api.Get("v3/me")).Status);
    }
}
