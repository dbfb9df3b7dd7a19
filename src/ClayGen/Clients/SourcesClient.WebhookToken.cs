using ClayGen.Http;

namespace ClayGen;

public partial class SourcesClient
{
    private const string WebhookAuthHeader = "x-clay-webhook-auth";

    // A webhook's auth token is a secret like the session: attached to the request, every exception built
    // from it or its answer scrubs the token by value, wherever the server echoes it.
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (request.Headers.TryGetValues(WebhookAuthHeader, out var tokens))
        {
            foreach (var token in tokens)
            {
                ClaySecrets.Attach(request, ClaySecrets.Of(apiKey: token));
            }
        }
    }
}
