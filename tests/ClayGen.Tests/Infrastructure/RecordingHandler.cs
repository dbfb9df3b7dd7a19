using System.Net;
using System.Text;

namespace ClayGen.Tests.Infrastructure;

/// <summary>An in-memory network: records every request and answers with a canned response.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _respond;
    private readonly List<RecordedRequest> _requests = [];

    public RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage>? respond = null) =>
        _respond = respond ?? (_ => Json("{}"));

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

    public RecordedRequest Single => Assert.Single(Requests);

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body, request.Content?.Headers.ContentType?.MediaType, Http.ClayRequestOptions.GetOperationId(request), ClayOperations.IsIdempotent(request)));
        }

        var response = _respond(request);
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>What the client sent.</summary>
public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType, string? OperationId, bool Idempotent = false)
{
    /// <summary>The path and query exactly as sent (brackets and trailing slashes included).</summary>
    public string PathAndQuery => Uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);

    public string? Cookie => Headers.TryGetValue("Cookie", out var cookie) ? cookie : null;
}
