using ClayGen;
using ClayGen.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Extension methods for IServiceCollection live in its namespace, by convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>
/// Registers <see cref="ClayClient"/> and every tag client with IHttpClientFactory, its options bound and
/// validated the Options way (<see cref="OptionsBuilder{TOptions}"/>, <c>ValidateOnStart</c>): one
/// client, or one per account with <c>AddKeyedClayClient</c>.
/// </summary>
public static class ClayServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient ClayGen registers; a keyed client's is <c>ClayGen:&lt;name&gt;</c>.</summary>
    public const string HttpClientName = "ClayGen";

    /// <summary>
    /// Registers <see cref="ClayClient"/> and the tag clients (<see cref="ITablesClient"/>, ...) as typed
    /// HttpClients with ClayGen's handlers. Returns the builder so you can add your own handlers.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddClayClient(this IServiceCollection services, Action<ClayClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, Microsoft.Extensions.Options.Options.DefaultName, options => options.Configure(configure));
    }

    /// <summary>
    /// Registers ClayGen with every option of <see cref="ClayClientOptions"/> bound from a configuration
    /// section (<c>Clay:Session</c> or <c>Clay:ApiKey</c>, <c>Clay:Email</c>, <c>Clay:Password</c>, <c>Clay:BaseAddress</c>,
    /// <c>Clay:MaxRetries</c>, <c>Clay:Timeout</c>, <c>Clay:AttemptTimeout</c>, ...). The options are
    /// validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section, e.g. <c>configuration.GetSection("Clay")</c>.</param>
    /// <param name="configure">Further settings applied after the section.</param>
    public static IHttpClientBuilder AddClayClient(this IServiceCollection services, IConfiguration section, Action<ClayClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        return AddCore(services, Microsoft.Extensions.Options.Options.DefaultName, options => Bind(options, section, configure));
    }

    /// <summary>
    /// Registers a second (third, ...) Clay account under <paramref name="name"/>: resolve it with
    /// <c>GetRequiredKeyedService&lt;ClayClient&gt;(name)</c> or <c>[FromKeyedServices(name)]</c>, its tag
    /// clients the same way. Each account has its own options, session and HttpClient.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The account's name, the service key.</param>
    /// <param name="section">The account's configuration section, e.g. <c>configuration.GetSection("Clay:Accounts:acme")</c>.</param>
    /// <param name="configure">Further settings applied after the section.</param>
    public static IHttpClientBuilder AddKeyedClayClient(this IServiceCollection services, string name, IConfiguration section, Action<ClayClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(section);
        return AddCore(services, name, options => Bind(options, section, configure));
    }

    /// <summary>Registers a Clay account under <paramref name="name"/>, its options set in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The account's name, the service key.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddKeyedClayClient(this IServiceCollection services, string name, Action<ClayClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, name, options => options.Configure(configure));
    }

    private static void Bind(OptionsBuilder<ClayClientOptions> options, IConfiguration section, Action<ClayClientOptions>? configure)
    {
        options.Bind(section);
        if (configure is not null)
        {
            options.Configure(configure);
        }
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string name, Action<OptionsBuilder<ClayClientOptions>> setUp)
    {
        var keyed = !string.Equals(name, Microsoft.Extensions.Options.Options.DefaultName, StringComparison.Ordinal);
        var httpClientName = keyed ? $"{HttpClientName}:{name}" : HttpClientName;
        services.AddLogging();
        var options = services.AddOptions<ClayClientOptions>(name);
        setUp(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClayClientOptions>, ClayClientOptionsValidation>());

        // One store per account and container: IHttpClientFactory recycles handlers, the session must outlive them.
        if (keyed)
        {
            services.TryAddKeyedSingleton(name, (sp, _) => new ClaySessionStore(OptionsOf(sp, name)));
        }
        else
        {
            services.TryAddSingleton(sp => new ClaySessionStore(OptionsOf(sp, name)));
        }

        var builder = services.AddHttpClient(httpClientName, (sp, http) =>
            {
                http.BaseAddress = OptionsOf(sp, name).BaseAddress;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => OptionsOf(sp, name).PrimaryHandler is { } primary ? new NonDisposingHandler(primary) : ClayHttpPipeline.CreatePrimaryHandler())
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(ClayHttpPipeline.LoggerCategory);
                foreach (var handler in ClayHttpPipeline.CreateDelegatingHandlers(OptionsOf(sp, name), StoreOf(sp, name), logger))
                {
                    handlers.Add(handler);
                }
            });

        ClayClient Create(IServiceProvider sp) =>
            new(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), StoreOf(sp, name));

        if (keyed)
        {
            services.TryAddKeyedTransient(name, (sp, _) => Create(sp));
            AddKeyedTagClients(services, name);
        }
        else
        {
            services.TryAddTransient(Create);
            AddTagClients(services);
        }

        return builder;
    }

    private static void AddTagClients(IServiceCollection services)
    {
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Auth);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Workspaces);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Folders);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Resources);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Workbooks);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Tables);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Fields);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Exports);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Credits);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Integrations);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Sources);
    }

    private static void AddKeyedTagClients(IServiceCollection services, string name)
    {
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Auth);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Workspaces);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Folders);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Resources);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Workbooks);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Tables);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Fields);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Exports);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Credits);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Integrations);
        services.TryAddKeyedTransient(name, (sp, key) => sp.GetRequiredKeyedService<ClayClient>(key).Sources);
    }

    // Validated by ClayClientOptionsValidation when first read (and at start, with ValidateOnStart).
    private static ClayClientOptions OptionsOf(IServiceProvider sp, string name) =>
        sp.GetRequiredService<IOptionsMonitor<ClayClientOptions>>().Get(name);

    private static ClaySessionStore StoreOf(IServiceProvider sp, string name) =>
        string.Equals(name, Microsoft.Extensions.Options.Options.DefaultName, StringComparison.Ordinal) ? sp.GetRequiredService<ClaySessionStore>() : sp.GetRequiredKeyedService<ClaySessionStore>(name);

    // A handler given in the options belongs to the caller; the factory must not dispose it when it recycles.
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _invoker.SendAsync(request, cancellationToken);
    }
}
