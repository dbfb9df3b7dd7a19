using ClayGen.PackageTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.PackageTests.DependencyInjection;

/// <summary>Every option binds from configuration, bad settings fail at start, and each account is its own client.</summary>
public sealed class ConfigurationBindingTests : IDisposable
{
    private const string Session = "s%3Aconfig-session.signature";
    private const string OtherSession = "s%3Aother-account.signature";
    private readonly ClayFakeServer _clay = ClayFakeServer.StartAccepting(Session, OtherSession);

    public ConfigurationBindingTests()
    {
        _clay.Server.Given(Request.Create().WithPath("/v3/tables/t_busy/count").UsingGet()).AtPriority(-10)
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"message":"busy"}"""));
    }

    public void Dispose() => _clay.Dispose();

    [Theory]
    [InlineData("0", 1)]
    [InlineData("2", 3)]
    public async Task Clay_MaxRetries_from_configuration_sets_how_often_a_read_is_tried(string maxRetries, int expectedRequests)
    {
        await using var provider = Provider(new()
        {
            ["Clay:MaxRetries"] = maxRetries,
            ["Clay:RetryBaseDelay"] = "00:00:00.001",
        });

        await Assert.ThrowsAsync<ClayServerException>(() => provider.GetRequiredService<ITablesClient>().CountRowsAsync("t_busy"));

        Assert.Equal(expectedRequests, _clay.RequestsTo("/v3/tables/t_busy/count").Count);
    }

    // The xunit timeout is a hang guard only: unbound, the 2-minute default would never fire on the fake clock.
    [Fact(Timeout = 120_000)]
    public async Task Clay_Timeout_from_configuration_bounds_the_call()
    {
        // A network that never answers, on a fake clock: only the configured Timeout can end the call.
        var time = new FakeTimeProvider();
        var network = new SilentNetwork();
        await using var provider = Provider(
            new() { ["Clay:Timeout"] = "00:00:05", ["Clay:AttemptTimeout"] = "00:10:00", ["Clay:MaxRetries"] = "0" },
            options =>
            {
                options.TimeProvider = time;
                options.PrimaryHandler = network;
            });

        var call = provider.GetRequiredService<ITablesClient>().CountRowsAsync("t_slow");
        await network.Received;
        time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<ClayTimeoutException>(() => call);
        Assert.Equal("countRows", error.OperationId);
    }

    [Fact]
    public async Task Every_documented_setting_binds()
    {
        await using var provider = Provider(new()
        {
            ["Clay:Email"] = "ops@example.com",
            ["Clay:Password"] = "example-password",
            ["Clay:AttemptTimeout"] = "00:00:07",
            ["Clay:RetryMaxDelay"] = "00:00:09",
            ["Clay:RefusedLoginCooldown"] = "00:02:00",
            ["Clay:AllowInsecureHttp"] = "true",
        });

        var options = provider.GetRequiredService<IOptionsMonitor<ClayClientOptions>>().CurrentValue;

        Assert.Equal(Session, options.Session!.CookieValue);
        Assert.Equal(_clay.BaseAddress, options.BaseAddress);
        Assert.Equal("ops@example.com", options.Email);
        Assert.Equal(TimeSpan.FromSeconds(7), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(9), options.RetryMaxDelay);
        Assert.Equal(TimeSpan.FromMinutes(2), options.RefusedLoginCooldown);
        Assert.True(options.AllowInsecureHttp);
    }

    [Fact]
    public async Task A_bad_setting_fails_when_the_host_starts_naming_the_account()
    {
        await using var provider = Provider(new() { ["Clay:Email"] = "ops@example.com" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ClayGen: Give both Email and Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clay_ApiKey_from_configuration_is_sent_instead_of_a_cookie()
    {
        const string key = "c0nfig-api-key-5d0e-4b8a";
        _clay.Server.Given(Request.Create().WithPath("/v3/tables/t_keyed/count").UsingGet().WithHeader("Authorization", key)).AtPriority(-10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"tableTotalRecordsCount":3}"""));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clay:ApiKey"] = key,
            ["Clay:BaseAddress"] = _clay.BaseAddress.AbsoluteUri,
        }).Build();
        var services = new ServiceCollection();
        services.AddClayClient(configuration.GetSection("Clay"));
        await using var provider = services.BuildServiceProvider();

        var count = await provider.GetRequiredService<ITablesClient>().CountRowsAsync("t_keyed");

        Assert.Equal(3L, count.Total);
        Assert.Null(ClayFakeServer.CookieOf(Assert.Single(_clay.RequestsTo("/v3/tables/t_keyed/count"))));
    }

    [Fact]
    public async Task Clay_ApiKey_with_a_session_fails_when_the_host_starts()
    {
        await using var provider = Provider(new() { ["Clay:ApiKey"] = "c0nfig-api-key-5d0e-4b8a" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ClayGen: Set either ApiKey or a session/credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c0nfig-api-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_accounts_are_two_keyed_clients_each_with_its_own_session()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clay:Accounts:acme:Session"] = Session,
            ["Clay:Accounts:acme:BaseAddress"] = _clay.BaseAddress.AbsoluteUri,
            ["Clay:Accounts:globex:Session"] = OtherSession,
            ["Clay:Accounts:globex:BaseAddress"] = _clay.BaseAddress.AbsoluteUri,
        }).Build();
        var services = new ServiceCollection();
        services.AddKeyedClayClient("acme", configuration.GetSection("Clay:Accounts:acme"));
        services.AddKeyedClayClient("globex", configuration.GetSection("Clay:Accounts:globex"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<ClayClient>("acme").Tables.CountRowsAsync("t_acme");
        await provider.GetRequiredKeyedService<ITablesClient>("globex").CountRowsAsync("t_globex");

        Assert.Equal("claysession=" + Session, ClayFakeServer.CookieOf(Assert.Single(_clay.RequestsTo("/v3/tables/t_acme/count"))));
        Assert.Equal("claysession=" + OtherSession, ClayFakeServer.CookieOf(Assert.Single(_clay.RequestsTo("/v3/tables/t_globex/count"))));
        Assert.Null(provider.GetService<ClayClient>());
    }

    private ServiceProvider Provider(Dictionary<string, string?> settings, Action<ClayClientOptions>? configure = null)
    {
        settings.TryAdd("Clay:Session", Session);
        settings.TryAdd("Clay:BaseAddress", _clay.BaseAddress.AbsoluteUri);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddClayClient(configuration.GetSection("Clay"), configure);
        return services.BuildServiceProvider();
    }

    /// <summary>Takes each request and never answers; <see cref="Received"/> completes when the first arrives.</summary>
    private sealed class SilentNetwork : HttpMessageHandler
    {
        private readonly TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Received => _received.Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _received.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
