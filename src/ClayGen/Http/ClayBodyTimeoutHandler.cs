using System.Globalization;

namespace ClayGen.Http;

/// <summary>
/// Bounds the wait for each piece of a response body. Bodies are read after the resilience pipeline
/// has returned (so large ones can stream), where its timeouts no longer apply: without this, a
/// connection that goes silent mid-body would hang the call forever. A body that keeps arriving,
/// however slowly, is not cut off; one that sends nothing for the idle timeout raises
/// <see cref="ClayTimeoutException"/>.
/// </summary>
public sealed class ClayBodyTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _idleTimeout;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="idleTimeout">The longest wait for the next bytes of a body (ClayGen uses <see cref="ClayClientOptions.AttemptTimeout"/>).</param>
    /// <param name="timeProvider">The clock the wait is measured on.</param>
    public ClayBodyTimeoutHandler(TimeSpan idleTimeout, TimeProvider? timeProvider = null)
    {
        _idleTimeout = idleTimeout;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content is { } content && _idleTimeout != Timeout.InfiniteTimeSpan)
        {
            response.Content = new IdleTimeoutContent(content, _idleTimeout, _time, request);
        }

        return response;
    }

    private sealed class IdleTimeoutContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly TimeSpan _idleTimeout;
        private readonly TimeProvider _time;
        private readonly HttpRequestMessage _request;

        public IdleTimeoutContent(HttpContent inner, TimeSpan idleTimeout, TimeProvider time, HttpRequestMessage request)
        {
            _inner = inner;
            _idleTimeout = idleTimeout;
            _time = time;
            _request = request;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new IdleTimeoutStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _idleTimeout, _time, _request);

        // The inner length, when known, lets a buffering read size its buffer once instead of doubling it.
        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? 0;
            return _inner.Headers.ContentLength is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class IdleTimeoutStream(Stream inner, TimeSpan idleTimeout, TimeProvider time, HttpRequestMessage request) : Stream
    {
        // One source per stream, armed only while a read actually waits: most reads find bytes already
        // buffered and complete synchronously, and a timer per read is the costly part.
        private CancellationTokenSource _idle = NewIdleSource(idleTimeout, time);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_idle.TryReset())
            {
                _idle.Dispose();
                _idle = NewIdleSource(idleTimeout, time);
            }

            var read = inner.ReadAsync(buffer, _idle.Token);
            return read.IsCompletedSuccessfully ? read : WaitAsync(read, cancellationToken);
        }

        // Created armed, so its timer comes from the TimeProvider, then disarmed until a read waits.
        private static CancellationTokenSource NewIdleSource(TimeSpan idleTimeout, TimeProvider time)
        {
            var source = new CancellationTokenSource(idleTimeout, time);
            source.TryReset();
            return source;
        }

        private async ValueTask<int> WaitAsync(ValueTask<int> read, CancellationToken cancellationToken)
        {
            var idle = _idle;
            idle.CancelAfter(idleTimeout);
            using var callerCancels = cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), idle);
            try
            {
                return await read.ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(ex.Message, ex, cancellationToken);
            }
            catch (OperationCanceledException ex) when (idle.IsCancellationRequested)
            {
                var details = ClayApiException.DescribeRequest(request);
                throw new ClayTimeoutException(
                    string.Create(CultureInfo.InvariantCulture, $"Clay {details.OperationId ?? "request"} ({details.Method} {details.RequestPath}) sent part of its answer, then nothing for {idleTimeout.TotalSeconds:0.###} s."),
                    details,
                    ex);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        // ClayGen reads bodies asynchronously; a synchronous reader still gets the deadline, at the cost of a blocked thread.
        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

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
                _idle.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            _idle.Dispose();
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }
    }
}
