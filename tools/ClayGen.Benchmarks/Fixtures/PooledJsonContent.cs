using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace ClayGen.Benchmarks.Fixtures;

/// <summary>
/// A JSON response body in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, given back when the
/// response is disposed, so a fixture that formats every answer afresh adds almost nothing to the
/// client's measured allocations. The length is known, as from a server that sends Content-Length.
/// </summary>
public sealed class PooledJsonContent : HttpContent
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
    private byte[]? _buffer;
    private readonly int _length;

    /// <summary>Takes ownership of a rented buffer holding <paramref name="length"/> bytes of JSON.</summary>
    /// <param name="buffer">The rented buffer; returned to the pool on dispose.</param>
    /// <param name="length">The bytes of <paramref name="buffer"/> that form the body.</param>
    public PooledJsonContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
        Headers.ContentType = Json;
    }

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Body()).AsTask();

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Body(), cancellationToken).AsTask();

    // Read in place, as ByteArrayContent does, instead of HttpContent's default copy into a new buffer.
    /// <inheritdoc />
    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(_buffer ?? throw new ObjectDisposedException(nameof(PooledJsonContent)), 0, _length, writable: false));

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private ReadOnlyMemory<byte> Body() => (_buffer ?? throw new ObjectDisposedException(nameof(PooledJsonContent))).AsMemory(0, _length);
}
