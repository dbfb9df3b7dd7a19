using System.Net;
using System.Net.Http.Headers;

namespace ClayGen.Benchmarks.Fixtures;

/// <summary>
/// An in-memory transport: answers from <see cref="CannedBodies"/> without a socket, so a benchmark over
/// it measures the client's own cost. It reads the request body as a network handler would. It is not
/// the tests' RecordingHandler, which records every request: a measurement fixture keeps nothing, and
/// the benchmarks take no dependency on test projects.
/// </summary>
public sealed class CannedHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
    private readonly CannedBodies _bodies;

    /// <summary>Creates the handler.</summary>
    /// <param name="bodies">What to answer.</param>
    public CannedHandler(CannedBodies bodies)
    {
        _bodies = bodies;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var body = _bodies.ForPath(request.RequestUri!.AbsolutePath);
        if (body is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(body) };
        response.Content.Headers.ContentType = Json;
        return response;
    }
}
