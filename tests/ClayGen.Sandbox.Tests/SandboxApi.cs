using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Tests;

/// <summary>A thin raw-HTTP client: the tests check the wire behaviour, not a generated client.</summary>
internal sealed class SandboxApi : IDisposable
{
    private readonly HttpClient _http;

    public SandboxApi(ClaySandbox sandbox, string? session = null)
    {
        Sandbox = sandbox;
        Session = session ?? sandbox.Session;
        // The sandbox's own handler reaches it on its port or in memory alike.
        _http = new HttpClient(sandbox.CreateHandler()) { BaseAddress = sandbox.BaseAddress };
    }

    public ClaySandbox Sandbox { get; }

    /// <summary>The session sent as the claysession cookie; null sends no cookie.</summary>
    public string? Session { get; set; }

    /// <summary>Sent verbatim as the Authorization header when set (the API key, raw or with a scheme).</summary>
    public string? Authorization { get; set; }

    public string Ws => Sandbox.WorkspaceId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<ApiResult> Get(string path) => Send(HttpMethod.Get, path, null);

    public Task<ApiResult> Post(string path, object? body) => Send(HttpMethod.Post, path, body);

    public Task<ApiResult> Patch(string path, object? body) => Send(HttpMethod.Patch, path, body);

    public Task<ApiResult> Delete(string path, object? body) => Send(HttpMethod.Delete, path, body);

    /// <summary>Sends <paramref name="body"/> as JSON; a string is sent verbatim (for malformed-JSON tests).</summary>
    public async Task<ApiResult> Send(HttpMethod method, string path, object? body, string? cookieHeader = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        var cookie = cookieHeader ?? (Session is null ? null : $"claysession={Session}");
        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        if (body is not null)
        {
            var text = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        return new ApiResult(response.StatusCode, response.Headers, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Adds records (one per cells dictionary) to a table and returns their ids.</summary>
    public async Task<List<string>> AddRecords(string tableId, IEnumerable<Dictionary<string, object?>> cells)
    {
        var result = await Post($"v3/tables/{tableId}/records", new { records = cells.Select(c => new { cells = c }).ToArray() });
        Assert.Equal(System.Net.HttpStatusCode.OK, result.Status);
        return [.. result.Json["records"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())];
    }

    public async Task<List<string>> Names(object body)
    {
        var result = await Post($"v3/workspaces/{Ws}/resources_v2/", body);
        Assert.Equal(System.Net.HttpStatusCode.OK, result.Status);
        return [.. result.Json["resources"]!.AsArray().Select(r => r!["name"]!.GetValue<string>())];
    }

    public static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    public void Dispose() => _http.Dispose();
}
