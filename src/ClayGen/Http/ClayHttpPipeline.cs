using Microsoft.Extensions.Logging;

namespace ClayGen.Http;

/// <summary>
/// Assembles the handler chain, outermost first:
/// <list type="number">
/// <item><see cref="ClayExceptionHandler"/>: the secrets this client holds travel with each request, so whatever is thrown or logged below is scrubbed of them, and whatever escapes below becomes a typed exception;</item>
/// <item><see cref="ClayTimeoutHandler"/>: <see cref="ClayClientOptions.Timeout"/> over the whole call, login and streamed body included;</item>
/// <item><see cref="ClaySessionHandler"/>: the cookie (or the API key), and logins outside the attempts (at most one per call);</item>
/// <item><see cref="ClayRetryHandler"/>: the attempts, each bounded by <see cref="ClayClientOptions.AttemptTimeout"/> with its body buffered inside, and the retries;</item>
/// <item><see cref="ClayRedirectGuardHandler"/>: redirects followed only within the origin, and plain <c>http</c> only to loopback, so credentials stay with their host (logins included);</item>
/// <item><see cref="ClayLoggingHandler"/> (only with a logger): one line per HTTP request actually sent, logins and replays included;</item>
/// </list>
/// then the network handler.
/// </summary>
public static class ClayHttpPipeline
{
    /// <summary>The logger category of request lines.</summary>
    public const string LoggerCategory = "ClayGen.Http";

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
        var logger = options.LoggerFactory?.CreateLogger(LoggerCategory);
        var handlers = CreateDelegatingHandlers(options, store, logger);
        HttpMessageHandler chain = options.PrimaryHandler ?? CreatePrimaryHandler();
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = chain;
            chain = handlers[i];
        }

        return chain;
    }

    /// <summary>
    /// Fresh instances of ClayGen's handlers, outermost first (see <see cref="ClayHttpPipeline"/>). The one
    /// definition of the order, for <see cref="ClayClient"/> and for <c>AddClayClient</c> alike.
    /// </summary>
    /// <param name="options">The client options.</param>
    /// <param name="store">The session store, shared by every chain of one client.</param>
    /// <param name="logger">Where request lines go; <see langword="null"/> leaves the logging handler out.</param>
    public static IReadOnlyList<DelegatingHandler> CreateDelegatingHandlers(ClayClientOptions options, ClaySessionStore store, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var handlers = new List<DelegatingHandler>(6)
        {
            new ClayExceptionHandler(store),
            new ClayTimeoutHandler(options.Timeout, options.AttemptTimeout, options.TimeProvider),
            new ClaySessionHandler(store, options.BaseAddress),
            new ClayRetryHandler(options),
            new ClayRedirectGuardHandler(options.AllowInsecureHttp),
        };

        // Next to the network: one line per request actually sent, replays and logins included.
        if (logger is not null)
        {
            handlers.Add(new ClayLoggingHandler(logger, options.TimeProvider));
        }

        return handlers;
    }
}
