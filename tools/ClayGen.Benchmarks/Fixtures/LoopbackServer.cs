using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClayGen.Benchmarks.Fixtures;

/// <summary>
/// A minimal Kestrel server on 127.0.0.1 (random port) serving <see cref="CannedBodies"/>: the loopback
/// transport. It runs in the benchmark process, so its allocations count in BenchmarkDotNet's
/// Allocated column (the same for every client) and it shares the CPU with the client. It is not the
/// tests' RawHttpServer: a measurement fixture answers as cheaply as it can, and the benchmarks take
/// no dependency on test projects.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, ending with <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts a server.</summary>
    /// <param name="bodies">What to answer.</param>
    public static async Task<LoopbackServer> StartAsync(CannedBodies bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, bodies));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task ServeAsync(HttpContext context, CannedBodies bodies)
    {
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
        var body = bodies.ForPath(context.Request.Path.Value ?? string.Empty);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
