using System.Collections.Concurrent;

namespace ClayGen.TestSupport;

/// <summary>
/// A pass-through handler that notes each request going by (method, path, headers) and forwards it
/// unchanged: put it in front of a real handler (the sandbox's, a socket) or add it through the DI builder
/// as a user's own handler would be. Several taps may share one <see cref="Requests"/> queue.
/// </summary>
public sealed class WireTap(ConcurrentQueue<WireTap.Request>? requests = null) : DelegatingHandler
{
    /// <summary>What the tap saw of one request.</summary>
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
    {
        public string? Cookie => Headers.TryGetValue("Cookie", out var cookie) ? cookie : null;
    }

    /// <summary>Every request seen, in order.</summary>
    public ConcurrentQueue<Request> Requests { get; } = requests ?? new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join("; ", h.Value), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new Request(request.Method.Method, request.RequestUri!.AbsolutePath, headers));
        return base.SendAsync(request, cancellationToken);
    }
}
