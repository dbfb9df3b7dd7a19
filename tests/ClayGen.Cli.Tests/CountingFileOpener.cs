namespace ClayGen.Cli.Tests;

/// <summary>
/// Opens files from disk for the import and counts how often and how many bytes were read, so a test
/// can tell how many times the file was read. <see cref="BeforeOpen"/> may change the file between reads.
/// </summary>
internal sealed class CountingFileOpener
{
    private long _bytesRead;

    public int Opens { get; private set; }

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Called with the 1-based number of the open about to happen.</summary>
    public Action<int>? BeforeOpen { get; init; }

    public Stream Open(string path)
    {
        Opens++;
        BeforeOpen?.Invoke(Opens);
        return new CountingStream(File.OpenRead(path), this);
    }

    private sealed class CountingStream(Stream inner, CountingFileOpener owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            Interlocked.Add(ref owner._bytesRead, read);
            return read;
        }
    }
}
