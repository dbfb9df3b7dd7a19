using System.Collections.Concurrent;

namespace ClayGen.PackageTests.Infrastructure;

/// <summary>A handler a user would add through the returned builder; it notes what passes through it.</summary>
public sealed class CapturingHandler(ConcurrentQueue<string> seen) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var cookie = request.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : "(no cookie)";
        seen.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath} {cookie}");
        return base.SendAsync(request, cancellationToken);
    }
}
