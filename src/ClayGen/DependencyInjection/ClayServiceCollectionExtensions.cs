using ClayGen;
using ClayGen.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Extension methods for IServiceCollection live in its namespace, by convention.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers <see cref="ClayClient"/> and every tag client with IHttpClientFactory.</summary>
public static class ClayServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient ClayGen registers.</summary>
    public const string HttpClientName = "ClayGen";

    /// <summary>
    /// Registers <see cref="ClayClient"/> and the tag clients (<see cref="ITablesClient"/>, ...) as typed
    /// HttpClients with the session, resilience and logging handlers. Returns the builder so you can
    /// add your own handlers.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddClayClient(this IServiceCollection services, Action<ClayClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ClayClientOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers ClayGen from a configuration section with the keys <c>Session</c>, <c>Email</c>,
    /// <c>Password</c> and <c>BaseAddress</c> (e.g. the <c>Clay</c> section: <c>Clay:Session</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section, e.g. <c>configuration.GetSection("Clay")</c>.</param>
    /// <param name="configure">Further settings applied after the section.</param>
    public static IHttpClientBuilder AddClayClient(this IServiceCollection services, IConfiguration section, Action<ClayClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ClayClientOptions>().Configure(options =>
        {
            if (section["Session"] is { Length: > 0 } session)
            {
                options.Session = ClaySession.FromCookie(session);
            }

            options.Email = section["Email"] ?? options.Email;
            options.Password = section["Password"] ?? options.Password;
            if (section["BaseAddress"] is { Length: > 0 } baseAddress)
            {
                options.BaseAddress = new Uri(baseAddress, UriKind.Absolute);
            }

            configure?.Invoke(options);
        });
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.AddLogging();

        // One store per container: IHttpClientFactory recycles handlers, the session must outlive them.
        services.TryAddSingleton(sp => new ClaySessionStore(Options(sp)));

        var builder = services.AddHttpClient(HttpClientName, (sp, http) =>
            {
                var options = Options(sp);
                http.BaseAddress = options.BaseAddress;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => Options(sp).PrimaryHandler is { } primary ? new NonDisposingHandler(primary) : ClayHttpPipeline.CreatePrimaryHandler())
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(ClayHttpPipeline.LoggerCategory);
                foreach (var handler in ClayHttpPipeline.CreateDelegatingHandlers(Options(sp), sp.GetRequiredService<ClaySessionStore>(), logger))
                {
                    handlers.Add(handler);
                }
            });

        builder.AddTypedClient((http, sp) => new ClayClient(http, sp.GetRequiredService<ClaySessionStore>()));
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Auth);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Workspaces);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Folders);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Resources);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Workbooks);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Tables);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Credits);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Integrations);
        services.TryAddTransient(sp => sp.GetRequiredService<ClayClient>().Sources);
        return builder;
    }

    private static ClayClientOptions Options(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<ClayClientOptions>>().Value;
        options.Validate();
        return options;
    }

    // A handler given in the options belongs to the caller; the factory must not dispose it when it recycles.
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _invoker.SendAsync(request, cancellationToken);
    }
}
