namespace ClayGen.Tests.Lifecycle;

/// <summary>Sits in front of the sandbox's handler and keeps the path and headers of every request that reaches the wire.</summary>
public sealed class HeaderSpy : DelegatingHandler
{
    private readonly List<(string Path, IReadOnlyDictionary<string, string> Headers)> _seen = [];

    public IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Headers)> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_seen)
        {
            _seen.Add((request.RequestUri!.AbsolutePath, request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase)));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
