using System.Security.Cryptography;

namespace ClayGen.Cli.Import;

/// <summary>
/// A later read of an input file that must be the file the first read saw: each block is read whole
/// and its hash compared with the first read's before any of its bytes reach the parser, so no row of a
/// file changed in between is ever used. Throws <see cref="ImportFileChangedException"/> at the first
/// block that differs, or as soon as the length does.
/// </summary>
internal sealed class VerifyingStream : ReadOnlyStream
{
    private readonly FileFingerprint _expected;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private int _block;
    private long _offset;

    public VerifyingStream(Stream inner, FileFingerprint expected)
        : base(inner)
    {
        _expected = expected;
        _buffer = new byte[expected.BlockSize];

        // The cheap check first: a file that grew or shrank is refused before a byte of it is read.
        if (inner.CanSeek && inner.Length != expected.Length)
        {
            throw new ImportFileChangedException($"it is now {inner.Length:N0} bytes, not {expected.Length:N0}");
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (_start == _end)
        {
            var filled = 0;
            int read;
            while (filled < _buffer.Length && (read = Inner.Read(_buffer.AsSpan(filled))) > 0)
            {
                filled += read;
            }

            Verify(filled);
        }

        return Serve(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_start == _end)
        {
            var filled = 0;
            int read;
            while (filled < _buffer.Length && (read = await Inner.ReadAsync(_buffer.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            Verify(filled);
        }

        return Serve(buffer.Span);
    }

    private int Serve(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _end - _start);
        _buffer.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    private void Verify(int filled)
    {
        if (filled == 0)
        {
            if (_offset != _expected.Length)
            {
                throw new ImportFileChangedException($"it now ends at byte {_offset:N0}, not {_expected.Length:N0}");
            }

            _start = _end = 0;
            return;
        }

        if (_block >= _expected.BlockHashes.Count)
        {
            throw new ImportFileChangedException($"it now goes on past its {_expected.Length:N0} bytes");
        }

        if (!SHA256.HashData(_buffer.AsSpan(0, filled)).AsSpan().SequenceEqual(_expected.BlockHashes[_block]))
        {
            throw new ImportFileChangedException($"its bytes {_offset:N0} to {_offset + filled - 1:N0} are not what they were");
        }

        _block++;
        _offset += filled;
        _start = 0;
        _end = filled;
    }
}
