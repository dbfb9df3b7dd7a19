using System.Net.Http.Headers;
using System.Text;
using ClayGen.Http;

namespace ClayGen;

public sealed partial class ClayClient
{
    /// <summary>
    /// Sends one request of your own to a path the spec does not cover yet, through the same pipeline
    /// as every operation: the session and its re-login, the timeouts, typed errors and redaction, the
    /// redirect guard. <c>GET</c> is retried like a read; any other method only when Clay certainly did
    /// not receive it.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path below the base address, e.g. <c>v3/me</c> (a leading <c>/</c> is ignored); no scheme, host or dot segments.</param>
    /// <param name="jsonBody">A JSON body to send, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response body as text.</returns>
    /// <exception cref="ClayApiException">Clay answered with a failure status, or the call failed (typed as for any operation).</exception>
    public async Task<string> SendAsync(HttpMethod method, string path, string? jsonBody = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        var relative = RelativePath(path);
        using var request = new ClayRequestMessage(RawOperationId)
        {
            Method = method,
            RequestUri = new Uri(relative, UriKind.Relative),
            IsIdempotent = method == HttpMethod.Get,
        };
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ClayErrorFactory.FromResponseAsync(response, RawOperationId, cancellationToken).ConfigureAwait(false);
        }

        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    // The operation id raw requests carry in errors and logs.
    private const string RawOperationId = "raw";

    // Only a path under the base address: a scheme or host would send the session elsewhere, and a dot
    // segment would climb out of the API root once the URI is normalised.
    private static string RelativePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var given = path.Trim();
        var trimmed = given.TrimStart('/');
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The path is empty.", nameof(path));
        }

        // "//host/..." names another host (a network-path reference), whatever the base address.
        if (given.StartsWith("//", StringComparison.Ordinal) || trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is not a path below the base address.", nameof(path));
        }

        var route = trimmed.Split('?', 2)[0];
        foreach (var segment in route.Split('/'))
        {
            var decoded = Uri.UnescapeDataString(segment);
            if (decoded is "." or "..")
            {
                throw new ArgumentException($"'{path}' has a dot segment, which would change the route.", nameof(path));
            }
        }

        return trimmed;
    }
}
