using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClayGen.Http;

/// <summary>
/// Assembles the handler chain, outermost first: exceptions, body idle timeout, resilience
/// (timeouts, retries), session (cookie, re-login), logging, then the network handler. Logging sits next to the
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
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };

    /// <summary>Builds the whole chain for <paramref name="options"/> around <paramref name="store"/>.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="store">The session store.</param>
    public static HttpMessageHandler Create(ClayClientOptions options, ClaySessionStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("ClayGen.Http");
        return new ClayExceptionHandler
        {
            InnerHandler = new ClayBodyTimeoutHandler(options.AttemptTimeout, options.TimeProvider).WithInner(
                ClayResilience.CreateHandler(options).WithInner(
                    new ClaySessionHandler(store, options.BaseAddress).WithInner(
                        new ClayLoggingHandler(logger).WithInner(
                            options.PrimaryHandler ?? CreatePrimaryHandler())))),
        };
    }

    private static DelegatingHandler WithInner(this DelegatingHandler handler, HttpMessageHandler inner)
    {
        handler.InnerHandler = inner;
        return handler;
    }
}
