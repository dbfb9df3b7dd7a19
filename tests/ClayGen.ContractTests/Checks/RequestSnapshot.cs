using ClayGen.ContractTests.Infrastructure;

namespace ClayGen.ContractTests.Checks;

/// <summary>A deterministic view of a sent request for snapshots: the body as JSON when it is JSON.</summary>
public static class RequestSnapshot
{
    public static object Of(SentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new
        {
            request.Method,
            request.Path,
            Query = request.Query.Select(q => $"{q.Key}={q.Value}").ToList(),
            request.Cookie,
            Body = request.Body is null ? null : (object?)JsonText.TryParse(request.Body) ?? request.Body,
        };
    }
}
