using System.Runtime.CompilerServices;
using ClayGen.Http;
using Newtonsoft.Json;

namespace ClayGen;

public partial class TablesClient
{
    /// <inheritdoc />
    public virtual async IAsyncEnumerable<string> StreamRecordIdsAsync(string tableId, string viewId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ClayArgument.ThrowIfInvalidId(tableId, nameof(tableId));
        ClayArgument.ThrowIfInvalidId(viewId, nameof(viewId));

        // Same route as the generated ListRecordIdsAsync, read token by token so a million ids never sit in memory at once.
        using var request = NewStreamedRequest(tableId, viewId);
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ClayErrorFactory.FromResponseAsync(response, "listRecordIds", cancellationToken).ConfigureAwait(false);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // 16 KiB per read instead of StreamReader's default 1 KiB: a 23 MB list takes 1,400 reads, not 22,000.
            using var text = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
            using var json = new JsonTextReader(text);
            var sawResults = false;
            while (await ReadAsync(json, response, cancellationToken).ConfigureAwait(false))
            {
                if (json.TokenType != JsonToken.PropertyName || json.Depth != 1 || !string.Equals((string?)json.Value, "results", StringComparison.Ordinal))
                {
                    continue;
                }

                sawResults = true;
                await ReadAsync(json, response, cancellationToken).ConfigureAwait(false);
                if (json.TokenType == JsonToken.Null)
                {
                    yield break;
                }

                if (json.TokenType != JsonToken.StartArray)
                {
                    throw Unexpected(response, "'results' is not an array", null);
                }

                while (await ReadAsync(json, response, cancellationToken).ConfigureAwait(false) && json.TokenType != JsonToken.EndArray)
                {
                    if (json.TokenType == JsonToken.String && !RecordIdList.IsPlaceholder((string?)json.Value))
                    {
                        yield return (string)json.Value!;
                    }
                }

                yield break;
            }

            if (!sawResults)
            {
                throw Unexpected(response, "the body has no 'results' list", null);
            }
        }
    }

    // Marked as streamed: the pipeline leaves the body unbuffered and bounds its reads by the idle and total timeouts.
    private static ClayRequestMessage NewStreamedRequest(string tableId, string viewId)
    {
        var request = new ClayRequestMessage("listRecordIds")
        {
            Method = HttpMethod.Get,
            RequestUri = new Uri($"v3/tables/{Uri.EscapeDataString(tableId)}/views/{Uri.EscapeDataString(viewId)}/records/ids", UriKind.Relative),
            IsStreamed = true,
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        return request;
    }

    private static async Task<bool> ReadAsync(JsonTextReader json, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await json.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            // Only the position: Newtonsoft's message quotes the offending value, which could be a secret.
            throw Unexpected(response, "the body is not valid JSON (" + ClayResponseReader.Where(ex) + ")", null);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw Unexpected(response, "the body broke off while it was read", ex);
        }
    }

    private static ClayUnexpectedResponseException Unexpected(HttpResponseMessage response, string problem, Exception? inner) =>
        new($"Clay listRecordIds answered {(int)response.StatusCode}, but {problem}.", ClayErrorFactory.DescribeResponse(response, "listRecordIds", null), inner);
}
