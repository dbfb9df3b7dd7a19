using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>
/// The floor: the calls a careful developer would write by hand with <see cref="HttpClient"/> and
/// Newtonsoft.Json (one serializer, stream parsing, no retries, no logging, no typed errors).
/// </summary>
public sealed class HandWrittenClayClient
{
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault();
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly string _cookie;

    /// <summary>Creates the client.</summary>
    /// <param name="http">An HTTP client whose base address ends with <c>/</c>.</param>
    /// <param name="sessionCookie">The <c>claysession</c> value.</param>
    public HandWrittenClayClient(HttpClient http, string sessionCookie)
    {
        _http = http;
        _cookie = "claysession=" + sessionCookie;
    }

    /// <summary><c>GET v3/tables/{tableId}/count</c>.</summary>
    /// <param name="tableId">The table.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<long> CountRowsAsync(string tableId, CancellationToken cancellationToken = default)
    {
        var count = await SendAsync<CountDto>(HttpMethod.Get, "v3/tables/" + Uri.EscapeDataString(tableId) + "/count", null, cancellationToken).ConfigureAwait(false);
        return count.TableTotalRecordsCount ?? count.Count ?? 0;
    }

    /// <summary><c>POST v3/workspaces/{workspaceId}/resources_v2/</c> with no filter.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ResourceListDto> ListResourcesAsync(int workspaceId, CancellationToken cancellationToken = default) =>
        SendAsync<ResourceListDto>(HttpMethod.Post, string.Create(CultureInfo.InvariantCulture, $"v3/workspaces/{workspaceId}/resources_v2/"), ListResourcesBody.All, cancellationToken);

    /// <summary><c>GET v3/credit-reporting/{workspaceId}/creditReportType/workspace</c> for a time range.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="start">The range's start.</param>
    /// <param name="end">The range's end.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<CreditReportDto> GetCreditReportAsync(int workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        SendAsync<CreditReportDto>(
            HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"v3/credit-reporting/{workspaceId}/creditReportType/workspace?timeRange[startTime]={Iso(start)}&timeRange[endTime]={Iso(end)}"),
            null,
            cancellationToken);

    /// <summary>Streams <c>GET v3/tables/{tableId}/views/{viewId}/records/ids</c> token by token, skipping <c>"search"</c>.</summary>
    /// <param name="tableId">The table.</param>
    /// <param name="viewId">The view.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async IAsyncEnumerable<string> StreamRecordIdsAsync(string tableId, string viewId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var request = NewRequest(HttpMethod.Get, "v3/tables/" + Uri.EscapeDataString(tableId) + "/views/" + Uri.EscapeDataString(viewId) + "/records/ids");
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            using var json = new JsonTextReader(reader);
            while (await json.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (json.TokenType == JsonToken.String && json.Depth == 2 && json.Value is string id && id != "search")
                {
                    yield return id;
                }
            }
        }
    }

    private static string Iso(DateTimeOffset time) =>
        Uri.EscapeDataString(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    private HttpRequestMessage NewRequest(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(Json);
        request.Headers.TryAddWithoutValidation("Cookie", _cookie);
        return request;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
        }

        // The default completion option buffers the body, so the synchronous parse below never waits on the network.
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            using var json = new JsonTextReader(reader);
            return Serializer.Deserialize<T>(json) ?? throw new InvalidDataException($"Clay sent an empty body for {typeof(T).Name}.");
        }
    }
}
