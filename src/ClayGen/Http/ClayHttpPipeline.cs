using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClayGen.Http;

/// <summary>
/// Assembles the handler chain, outermost first: secrets, exceptions, body idle timeout, resilience
/// (timeouts, retries), session (cookie, re-login), redirect guard, logging, then the network handler. Logging sits next to the
/// network so it writes one line per HTTP request actually sent: a replay after a 401 and the
/// re-login itself get their own lines, and the Cookie header is there to be redacted.
/// </summary>
public static class ClayHttpPipeline
{
    /// <summary>Creates the primary handler ClayGen uses when none is given: cookies off, connections recycled.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        // The cookie is set per request by ClaySessionHandler; a shared container would mix sessions.
        UseCookies = false,

        // ClayRedirectGuardHandler follows redirects itself, only within one origin, so credentials stay with their host.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };

    /// <summary>Builds the whole chain for <paramref name="options"/> around <paramref name="store"/>.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="store">The session store.</param>
    public static HttpMessageHandler Create(ClayClientOptions options, ClaySessionStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(LoggerCategory);
        var handlers = CreateDelegatingHandlers(options, store, logger);
        HttpMessageHandler chain = options.PrimaryHandler ?? CreatePrimaryHandler();
        foreach (var handler in handlers.Reverse())
        {
            handler.InnerHandler = chain;
            chain = handler;
        }

        return chain;
    }

    /// <summary>
    /// Fresh instances of ClayGen's handlers, outermost first: secrets, exceptions, body timeout, resilience,
    /// session, redirect guard, logging. The one definition of the order, for <see cref="ClayClient"/> and for
    /// <c>AddClayClient</c> alike.
    /// </summary>
    /// <param name="options">The client options.</param>
    /// <param name="store">The session store, shared by every chain of one client.</param>
    /// <param name="logger">Where request lines go.</param>
    public static IReadOnlyList<DelegatingHandler> CreateDelegatingHandlers(ClayClientOptions options, ClaySessionStore store, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(logger);
        return
        [
            new ClaySecretsHandler(store),
            new ClayExceptionHandler(),
            new ClayBodyTimeoutHandler(options.AttemptTimeout, options.TimeProvider),
            ClayResilience.CreateHandler(options),
            new ClaySessionHandler(store, options.BaseAddress),
            new ClayRedirectGuardHandler(options.AllowInsecureHttp),

            // Next to the network: one line per request actually sent, replays and re-logins included.
            new ClayLoggingHandler(logger, options.TimeProvider),
        ];
    }

    /// <summary>The logger category of request lines.</summary>
    public const string LoggerCategory = "ClayGen.Http";
}
