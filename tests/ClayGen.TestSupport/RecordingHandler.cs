using System.Net;
using System.Text;
using Xunit;

namespace ClayGen.TestSupport;

/// <summary>
/// The in-memory network: the primary handler of a client under test (see <see cref="TestClients"/>),
/// it records every request and answers with a canned response, without a socket.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _respond;
    private readonly List<RecordedRequest> _requests = [];

    /// <param name="respond">The answer to each request; an empty JSON object when null.</param>
    public RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage>? respond = null) =>
        _respond = respond ?? (_ => Json("{}"));

    /// <summary>The requests sent so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The one request sent; fails the test when there were none or several.</summary>
    public RecordedRequest Single => Assert.Single(Requests);

    /// <summary>A JSON response.</summary>
    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body, request.Content?.Headers.ContentType?.MediaType, ClayGen.Http.ClayRequestOptions.GetOperationId(request), ClayOperations.IsIdempotent(request)));
        }

        var response = _respond(request);
        response.RequestMessage = request;
        return response;
    }
}
