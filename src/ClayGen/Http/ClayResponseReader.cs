using System.Globalization;
using Newtonsoft.Json;

namespace ClayGen.Http;

/// <summary>
/// Reads a successful response into its model from its bytes (large id lists never become one string),
/// and turns anything that is not the promised JSON into a <see cref="ClayUnexpectedResponseException"/>.
/// </summary>
internal static class ClayResponseReader
{
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonSerializerSettings settings, string operationId, CancellationToken cancellationToken)
    {
        var mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (mediaType is not null && !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            var body = response.Content is null ? null : await SafeReadStringAsync(response.Content, cancellationToken).ConfigureAwait(false);
            throw Unexpected(response, operationId, $"Clay {operationId} answered {(int)response.StatusCode} with '{mediaType}' instead of JSON", body, null);
        }

        T? result;
        try
        {
            if (response.Content is null)
            {
                result = default;
            }
            else
            {
                // Buffered inside the attempt by ClayRetryHandler (a no-op here then); without ClayGen's
                // handlers, downloaded asynchronously first: Newtonsoft reads synchronously, and a
                // synchronous network read would block a thread with no deadline.
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    using var streamReader = new StreamReader(stream);
                    using var jsonReader = new JsonTextReader(streamReader);
                    result = ClayJson.SerializerFor(settings).Deserialize<T>(jsonReader);
                }
            }
        }
        catch (JsonException ex)
        {
            // Newtonsoft's messages quote the offending value, which may be anything Clay sent back
            // (a token, a cookie): only its position is kept, and the exception is not attached.
            throw Unexpected(response, operationId, $"Clay {operationId} answered {(int)response.StatusCode}, but the body is not the JSON expected for {NameOf(typeof(T))} ({Where(ex)})", null, null);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw Unexpected(response, operationId, $"Clay {operationId} answered {(int)response.StatusCode}, but the body broke off while it was read", null, ex);
        }

        // Deletes promise only "{}" and were never observed: 204 No Content or an empty 200 is the same success.
        if (result is null && typeof(T) == typeof(EmptyResponse))
        {
            return (T)(object)new EmptyResponse();
        }

        return result ?? throw Unexpected(response, operationId, $"Clay {operationId} answered {(int)response.StatusCode} with an empty body where {NameOf(typeof(T))} was expected", null, null);
    }

    // List<Source> rather than List`1.
    internal static string NameOf(Type type) => type.IsGenericType
        ? string.Concat(type.Name.AsSpan(0, type.Name.IndexOf('`', StringComparison.Ordinal)), "<", string.Join(", ", type.GetGenericArguments().Select(NameOf)), ">")
        : type.Name;

    internal static string Where(JsonException ex)
    {
        var (path, line, position) = ex switch
        {
            JsonReaderException r => (r.Path, r.LineNumber, r.LinePosition),
            JsonSerializationException s => (s.Path, s.LineNumber, s.LinePosition),
            _ => (null, 0, 0),
        };
        var what = ex is JsonReaderException ? "malformed or truncated JSON" : "JSON of another shape";
        return line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{what} at '{path}', line {line}, position {position}")
            : what;
    }

    private static ClayUnexpectedResponseException Unexpected(HttpResponseMessage response, string operationId, string message, string? body, Exception? inner)
    {
        var details = ClayErrorFactory.DescribeResponse(response, operationId, body);
        var exception = new ClayUnexpectedResponseException(ClayRedactor.Redact(message) + ".", details, inner);
        exception.ProtectWith(ClaySecrets.For(response.RequestMessage));
        return exception;
    }

    private static async Task<string?> SafeReadStringAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            var text = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return text.Length <= ClayErrorFactory.MaxExcerptLength * 4 ? text : text[..(ClayErrorFactory.MaxExcerptLength * 4)];
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return null;
        }
    }
}
