using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ClayGen.Benchmarks.Fixtures;

/// <summary>
/// An in-memory table of records that answers like Clay after a fixed latency per request: the view's
/// id list (<c>GET v3/tables/{t}/views/{v}/records/ids</c>), bulk fetch
/// (<c>POST v3/tables/{t}/bulk-fetch-records</c>) and one record (<c>GET v3/tables/{t}/records/{r}</c>).
/// Records are formatted from their index on every request into pooled buffers (four cells each, one an
/// enrichment preview, about 360 bytes of JSON), so the fixture holds nothing per record and adds little
/// to the client's allocations; only the id list is built once, as Clay would send it.
/// </summary>
public sealed class RecordTableHandler : HttpMessageHandler
{
    private const int MaxRecordBytes = 512;
    private const int MaxRequestBytes = 64 * 1024;
    private static readonly byte[] RecordIdsProperty = "recordIds"u8.ToArray();
    private readonly byte[] _idList;
    private readonly TimeSpan _latency;

    /// <summary>Creates the table.</summary>
    /// <param name="records">How many records the table (and its view) holds.</param>
    /// <param name="latency">How long every request waits before its answer.</param>
    public RecordTableHandler(int records, TimeSpan latency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        Records = records;
        _latency = latency;
        _idList = CannedBodies.BuildRecordIds(records);
    }

    /// <summary>How many records the table holds.</summary>
    public int Records { get; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await Task.Delay(_latency, cancellationToken).ConfigureAwait(false);
        var path = request.RequestUri!.AbsolutePath;
        HttpContent? content = null;
        if (request.Method == HttpMethod.Get && path.EndsWith("/records/ids", StringComparison.Ordinal))
        {
            content = new ByteArrayContent(_idList);
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }
        else if (request.Method == HttpMethod.Post && path.EndsWith("/bulk-fetch-records", StringComparison.Ordinal) && request.Content is { } body)
        {
            content = await BulkFetchAsync(body, cancellationToken).ConfigureAwait(false);
        }
        else if (request.Method == HttpMethod.Get && path.Contains("/records/", StringComparison.Ordinal) && IndexOf(path.AsSpan(path.LastIndexOf('/') + 1)) is { } index)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(MaxRecordBytes);
            content = new PooledJsonContent(buffer, WriteRecord(buffer, index));
        }

        return content is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request }
            : new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
    }

    private async Task<HttpContent> BulkFetchAsync(HttpContent body, CancellationToken cancellationToken)
    {
        var requestBuffer = ArrayPool<byte>.Shared.Rent(MaxRequestBytes);
        try
        {
            var length = 0;
            var stream = await body.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(requestBuffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == requestBuffer.Length)
                    {
                        throw new InvalidOperationException($"A bulk fetch body over {MaxRequestBytes} bytes; the fixture serves batches of at most 300 ids.");
                    }
                }
            }

            return Answer(requestBuffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(requestBuffer);
        }
    }

    // {"results":[record,record,...]} for the ids of the request that exist, in the request's order.
    private PooledJsonContent Answer(ReadOnlySpan<byte> requestJson)
    {
        var reader = new Utf8JsonReader(requestJson);
        var ids = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(16 + 1024);
        var written = Write(buffer, 0, "{\"results\":["u8);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals(RecordIdsProperty))
            {
                continue;
            }

            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                if (IndexOf(reader.ValueSpan) is not { } index)
                {
                    continue;
                }

                if (written + MaxRecordBytes + 8 > buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, written).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                if (ids++ > 0)
                {
                    buffer[written++] = (byte)',';
                }

                written += WriteRecord(buffer.AsSpan(written), index);
            }
        }

        written = Write(buffer, written, "]}"u8);
        return new PooledJsonContent(buffer, written);
    }

    // Record ids are "r_0" + the index in 11 digits + "bCdEfG" (CannedBodies.BuildRecordIds); null for any other id or one past the table.
    private int? IndexOf(ReadOnlySpan<char> id)
    {
        Span<byte> bytes = stackalloc byte[20];
        return id.Length == 20 && Encoding.ASCII.GetBytes(id, bytes) == 20 ? IndexOf(bytes) : null;
    }

    private int? IndexOf(ReadOnlySpan<byte> id) =>
        id.Length == 20 && id.StartsWith("r_0"u8) && Utf8Parser.TryParse(id.Slice(3, 11), out int index, out var consumed) && consumed == 11 && index < Records
            ? index
            : null;

    private static int WriteRecord(Span<byte> destination, int index)
    {
        var ok = Utf8.TryWrite(
            destination,
            CultureInfo.InvariantCulture,
            $"{{\"id\":\"r_0{index:D11}bCdEfG\",\"tableId\":\"{ClayIds.TableId}\",\"cells\":{{\"f_0bench0company\":{{\"value\":\"Acme {index}\"}},\"f_0bench0domain\":{{\"value\":\"acme{index}.example\"}},\"f_0bench0employees\":{{\"value\":{index % 5000}}},\"f_0bench0enrich\":{{\"value\":\"Response\",\"metadata\":{{\"status\":\"SUCCESS\",\"isPreview\":true}}}}}},\"createdAt\":\"2026-04-04T21:12:43.917Z\",\"updatedAt\":\"2026-04-04T21:14:02.101Z\"}}",
            out var written);
        return ok ? written : throw new InvalidOperationException($"Record {index} needs more than {MaxRecordBytes} bytes.");
    }

    private static int Write(byte[] buffer, int at, ReadOnlySpan<byte> text)
    {
        text.CopyTo(buffer.AsSpan(at));
        return at + text.Length;
    }
}
