using System.Collections.Concurrent;
using ClayGen.Http;
using ClayGen.PackageTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClayGen.PackageTests.DependencyInjection;

public sealed class AddClayClientTests : IDisposable
{
    private const string Session = "s%3Adi-session.signature";
    private readonly ClayFakeServer _clay = ClayFakeServer.StartAccepting(Session);

    public void Dispose() => _clay.Dispose();

    [Fact]
    public async Task Resolved_clients_send_the_configured_session_to_the_configured_address()
    {
        var services = new ServiceCollection();
        services.AddClayClient(options =>
        {
            options.BaseAddress = _clay.BaseAddress;
            options.Session = ClaySession.FromCookie(Session);
            options.MaxRetries = 0;
        });
        await using var provider = services.BuildServiceProvider();

        var workspaces = await provider.GetRequiredService<ClayClient>().Workspaces.ListWorkspacesAsync();
        var rows = await provider.GetRequiredService<ITablesClient>().CountRowsAsync("t_di");

        Assert.Equal(712043, Assert.Single(workspaces.Results!).Id);
        Assert.Equal(ClayFakeServer.RowTotal, rows.Total);
        Assert.Equal(
            ["/v3/my-workspaces claysession=" + Session, "/v3/tables/t_di/count claysession=" + Session],
            _clay.PathsAndCookies);
    }

    [Fact]
    public async Task The_configuration_section_supplies_session_base_address_and_credentials()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clay:Session"] = Session,
            ["Clay:Email"] = "ops@example.com",
            ["Clay:Password"] = "example-password",
            ["Clay:BaseAddress"] = _clay.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddClayClient(configuration.GetSection("Clay"), options => options.MaxRetries = 0);
        await using var provider = services.BuildServiceProvider();

        var clay = provider.GetRequiredService<ClayClient>();
        var rows = await clay.Tables.CountRowsAsync("t_config");

        Assert.Equal(_clay.BaseAddress, clay.BaseAddress);
        Assert.Equal(ClayFakeServer.RowTotal, rows.Total);
        Assert.Equal("claysession=" + Session, ClayFakeServer.CookieOf(Assert.Single(_clay.RequestsTo("/v3/tables/t_config/count"))));
        Assert.True(provider.GetRequiredService<ClaySessionStore>().CanLogin, "Clay:Email and Clay:Password should let the client log in.");
    }

    [Fact]
    public async Task Without_a_session_the_configured_credentials_log_in_first()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clay:Email"] = "ops@example.com",
            ["Clay:Password"] = "example-password",
            ["Clay:BaseAddress"] = _clay.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddClayClient(configuration.GetSection("Clay"), options => options.MaxRetries = 0);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IWorkspacesClient>().ListWorkspacesAsync();

        var login = Assert.Single(_clay.RequestsTo("/v3/auth/login"));
        Assert.Contains("ops@example.com", login.RequestMessage?.Body, StringComparison.Ordinal);
        Assert.Equal("claysession=" + ClayFakeServer.FreshSessionValue, ClayFakeServer.CookieOf(Assert.Single(_clay.RequestsTo("/v3/my-workspaces"))));
    }

    [Fact]
    public async Task Every_tag_client_of_ClayClient_resolves_as_its_interface()
    {
        var services = new ServiceCollection();
        services.AddClayClient(options => options.Session = ClaySession.FromCookie(Session));
        await using var provider = services.BuildServiceProvider();

        var tagInterfaces = typeof(ClayClient).GetProperties()
            .Select(p => p.PropertyType)
            .Where(t => t.IsInterface && t.Namespace == "ClayGen" && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(typeof(ITablesClient), tagInterfaces);
        Assert.All(tagInterfaces, t => Assert.IsAssignableFrom(t, provider.GetService(t)));
    }

    [Fact]
    public async Task A_handler_added_through_the_returned_builder_sees_each_request_with_its_session()
    {
        var seen = new ConcurrentQueue<WireTap.Request>();
        var services = new ServiceCollection();
        services.AddClayClient(options =>
            {
                options.BaseAddress = _clay.BaseAddress;
                options.Session = ClaySession.FromCookie(Session);
            })
            .AddHttpMessageHandler(() => new WireTap(seen));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ITablesClient>().CountRowsAsync("t_handler");

        Assert.Equal(["GET /v3/tables/t_handler/count claysession=" + Session], seen.Select(r => $"{r.Method} {r.Path} {r.Cookie}"));
    }

    [Fact]
    public async Task The_session_store_is_one_singleton_that_outlives_handler_rotation_without_a_cookie_container()
    {
        var handlerChains = 0;
        var services = new ServiceCollection();

        // IHttpClientFactory retires a handler chain on its own timer and logs it; the next client then gets a new chain.
        var expired = new LoggedEventSignal("HandlerExpired");
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(expired));
        services.AddClayClient(options =>
            {
                options.BaseAddress = _clay.BaseAddress;
                options.Session = ClaySession.FromCookie("s%3Aexpired.signature");
                options.Email = "ops@example.com";
                options.Password = "example-password";
                options.MaxRetries = 0;
            })
            .SetHandlerLifetime(TimeSpan.FromSeconds(1))
            .AddHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref handlerChains);
                return new WireTap();
            });
        await using var provider = services.BuildServiceProvider();

        // The expired session gets a 401; the client logs in once and keeps the fresh session in the store.
        await provider.GetRequiredService<ClayClient>().Tables.CountRowsAsync("t_before");
        var store = provider.GetRequiredService<ClaySessionStore>();

        await expired.Logged;
        var rotated = provider.GetRequiredService<ClayClient>();

        await rotated.Tables.CountRowsAsync("t_after");

        Assert.Equal(2, handlerChains);
        Assert.Same(store, provider.GetRequiredService<ClaySessionStore>());
        Assert.Equal(1, store.LoginCount);
        Assert.Equal(ClayFakeServer.FreshSessionValue, rotated.Session?.CookieValue);
        Assert.Single(_clay.RequestsTo("/v3/auth/login"));
        Assert.Equal("claysession=" + ClayFakeServer.FreshSessionValue, ClayFakeServer.CookieOf(Assert.Single(_clay.RequestsTo("/v3/tables/t_after/count"))));
        // A cookie container would have kept the tracking cookie from the login response and sent it back.
        Assert.DoesNotContain(_clay.Requests, r => ClayFakeServer.CookieOf(r)?.Contains(ClayFakeServer.TrackingCookie, StringComparison.Ordinal) == true);
    }
}
