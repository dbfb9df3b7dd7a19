namespace ClayGen.Http;

/// <summary>What the generated clients attach to each request, so handlers know which operation they carry.</summary>
public static class ClayRequestOptions
{
    private static readonly HttpRequestOptionsKey<string> OperationIdKey = new("ClayGen.OperationId");
    private static readonly HttpRequestOptionsKey<int> AttemptKey = new("ClayGen.Attempt");
    private static readonly HttpRequestOptionsKey<bool> ApiKeyKey = new("ClayGen.ApiKey");

    /// <summary>Records the spec's operation id on a request (the generated clients carry it without this call).</summary>
    /// <param name="request">The request.</param>
    /// <param name="operationId">The operation id from <c>spec/openapi.yaml</c>.</param>
    public static void SetOperationId(HttpRequestMessage request, string operationId)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(OperationIdKey, operationId);
    }

    /// <summary>The spec's operation id of a request, or <see langword="null"/> when it did not come from a generated client.</summary>
    /// <param name="request">The request.</param>
    public static string? GetOperationId(HttpRequestMessage? request) => request switch
    {
        null => null,
        ClayRequestMessage clay => clay.OperationId,
        _ => request.Options.TryGetValue(OperationIdKey, out var id) ? id : null,
    };

    /// <summary>Whether the caller streams the body of <paramref name="request"/> instead of having it buffered.</summary>
    internal static bool IsStreamed(HttpRequestMessage request) => request is ClayRequestMessage { IsStreamed: true };

    /// <summary>Counts one more attempt at sending <paramref name="request"/> and returns its number (1 for the first).</summary>
    internal static int NextAttempt(HttpRequestMessage request)
    {
        if (request is ClayRequestMessage clay)
        {
            return ++clay.Attempt;
        }

        request.Options.TryGetValue(AttemptKey, out var attempt);
        attempt++;
        request.Options.Set(AttemptKey, attempt);
        return attempt;
    }

    /// <summary>Records that <paramref name="request"/> authenticates with the client's API key.</summary>
    internal static void MarkApiKey(HttpRequestMessage request)
    {
        if (request is ClayRequestMessage clay)
        {
            clay.UsesApiKey = true;
            return;
        }

        request.Options.Set(ApiKeyKey, true);
    }

    /// <summary>Whether <paramref name="request"/> authenticated with the client's API key.</summary>
    internal static bool UsesApiKey(HttpRequestMessage? request) => request switch
    {
        null => false,
        ClayRequestMessage clay => clay.UsesApiKey,
        _ => request.Options.TryGetValue(ApiKeyKey, out var used) && used,
    };

    internal static int GetAttempt(HttpRequestMessage? request) => request switch
    {
        null => 0,
        ClayRequestMessage clay => clay.Attempt,
        _ => request.Options.TryGetValue(AttemptKey, out var attempt) ? attempt : 0,
    };
}
