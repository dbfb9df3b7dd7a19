using System.Security.Cryptography;
using System.Text;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Import;

/// <summary>
/// The first read of an input file: the bytes pass through to the parser unchanged while this hashes
/// them (whole file and per block, see <see cref="FileFingerprint"/>) and refuses binary or non-UTF-8
/// content, so the checks, the fingerprint and the row scan come from one read of the file.
/// </summary>
internal sealed class FingerprintingStream(Stream inner, string shownAs, int blockSize = FileFingerprint.DefaultBlockSize) : ReadOnlyStream(inner)
{
    private readonly IncrementalHash _file = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash _block = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<byte[]> _blocks = [];
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = [];
    private long _offset;
    private int _inBlock;

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        Take(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken);
        Take(buffer.Span[..read]);
        return read;
    }

    /// <summary>
    /// Reads whatever the parser left unread (it may stop before the end), then returns the fingerprint
    /// of every byte of the file.
    /// </summary>
    public async Task<FileFingerprint> FinishAsync(CancellationToken cancellationToken)
    {
        var rest = new byte[64 * 1024];
        while (await ReadAsync(rest, cancellationToken) > 0)
        {
        }

        try
        {
            _decoder.GetChars([], new char[8], flush: true);
        }
        catch (DecoderFallbackException)
        {
            throw new CliUsageException($"{shownAs} is not UTF-8 text (it ends inside a multi-byte character); save it as UTF-8 and run again.");
        }

        if (_inBlock > 0)
        {
            _blocks.Add(_block.GetHashAndReset());
            _inBlock = 0;
        }

        return new FileFingerprint(_offset, Convert.ToHexString(_file.GetHashAndReset()), blockSize, [.. _blocks]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
            _block.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Take(ReadOnlySpan<byte> chunk)
    {
        if (chunk.IsEmpty)
        {
            return;
        }

        if (chunk.IndexOf((byte)0) is var nul and >= 0)
        {
            throw new CliUsageException($"{shownAs} looks like a binary file (a NUL byte at offset {_offset + nul:N0}), not CSV, TSV or JSON Lines text.");
        }

        var maxChars = Encoding.UTF8.GetMaxCharCount(chunk.Length);
        if (_chars.Length < maxChars)
        {
            _chars = new char[maxChars];
        }

        try
        {
            _decoder.GetChars(chunk, _chars, flush: false);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CliUsageException($"{shownAs} is not UTF-8 text (an invalid byte near offset {_offset + Math.Max(ex.Index, 0):N0}); save it as UTF-8 and run again.");
        }

        _file.AppendData(chunk);
        var rest = chunk;
        while (!rest.IsEmpty)
        {
            var take = Math.Min(rest.Length, blockSize - _inBlock);
            _block.AppendData(rest[..take]);
            _inBlock += take;
            rest = rest[take..];
            if (_inBlock == blockSize)
            {
                _blocks.Add(_block.GetHashAndReset());
                _inBlock = 0;
            }
        }

        _offset += chunk.Length;
    }
}
