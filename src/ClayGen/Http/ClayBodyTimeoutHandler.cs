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

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
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
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            using var idle = new CancellationTokenSource(idleTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, cancellationToken);
            try
            {
                return await inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
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
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }
    }
}
