using ClayGen.Benchmarks.Baseline;
using ClayGen.Benchmarks.Peer;
using Refit;

namespace ClayGen.Benchmarks.Fixtures;

/// <summary>
/// The four clients compared, each over its own handler of one transport: ClayGen as users get it,
/// ClayGen's generated code over a bare <see cref="HttpClient"/>, the hand-written floor, and Refit.
/// </summary>
public sealed class ClientSet : IAsyncDisposable
{
    private readonly LoopbackServer? _server;
    private readonly List<IDisposable> _owned = [];

    private ClientSet(Transport transport, CannedBodies bodies, LoopbackServer? server)
    {
        _server = server;
        var baseAddress = server?.BaseAddress ?? new Uri("https://clay.invalid/");
        HttpMessageHandler NewHandler() => transport == Transport.InMemory
            ? new CannedHandler(bodies)
            : new SocketsHttpHandler { UseCookies = false };

        // As users get it: default options (retries, timeouts, logging handler, body timeout) and a session.
        // Over loopback the primary handler is ClayGen's own default.
        ClayDefault = Own(new ClayClient(new ClayClientOptions
        {
            BaseAddress = baseAddress,
            Session = ClaySession.FromCookie(ClayIds.SessionCookie),
            PrimaryHandler = transport == Transport.InMemory ? new CannedHandler(bodies) : null,
        }));

        // The generated code alone: no ClayGen handler, the cookie as a default header.
        var bare = Own(new HttpClient(NewHandler()) { BaseAddress = baseAddress });
        bare.DefaultRequestHeaders.TryAddWithoutValidation("Cookie", "claysession=" + ClayIds.SessionCookie);
        ClayBare = new ClayClient(bare);

        HandWritten = new HandWrittenClayClient(Own(new HttpClient(NewHandler()) { BaseAddress = baseAddress }), ClayIds.SessionCookie);

        Refit = RestService.For<IClayRefitApi>(
            Own(new HttpClient(NewHandler()) { BaseAddress = baseAddress }),
            new RefitSettings(new NewtonsoftContentSerializer()));
        RefitCookie = "claysession=" + ClayIds.SessionCookie;
    }

    /// <summary>ClayGen with default options and a session.</summary>
    public ClayClient ClayDefault { get; }

    /// <summary>ClayGen's generated clients over an <see cref="HttpClient"/> with no ClayGen handler.</summary>
    public ClayClient ClayBare { get; }

    /// <summary>The hand-written floor.</summary>
    public HandWrittenClayClient HandWritten { get; }

    /// <summary>The Refit peer.</summary>
    public IClayRefitApi Refit { get; }

    /// <summary>The Cookie header Refit sends.</summary>
    public string RefitCookie { get; }

    /// <summary>Creates the clients, starting a Kestrel server for <see cref="Transport.Loopback"/>.</summary>
    /// <param name="transport">The transport.</param>
    /// <param name="bodies">What the transport answers.</param>
    public static async Task<ClientSet> CreateAsync(Transport transport, CannedBodies bodies)
    {
        var server = transport == Transport.Loopback ? await LoopbackServer.StartAsync(bodies).ConfigureAwait(false) : null;
        return new ClientSet(transport, bodies, server);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
