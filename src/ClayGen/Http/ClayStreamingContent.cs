namespace ClayGen.Http;

/// <summary>
/// The body of a streamed operation (record ids): read as it arrives, long after the handlers returned.
/// Each read waits at most the idle timeout for bytes, and no read goes past the call's total timeout,
/// so a body that stalls or merely trickles ends with <see cref="ClayTimeoutException"/>.
/// </summary>
internal sealed class ClayStreamingContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly TimeSpan _idleTimeout;
    private readonly TimeProvider _time;
    private readonly HttpRequestMessage _request;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenRegistration _callerCancelsDeadline;
    private readonly CancellationToken _callerToken;

    public ClayStreamingContent(HttpContent inner, TimeSpan idleTimeout, TimeProvider time, HttpRequestMessage request, CancellationTokenSource deadline, CancellationTokenRegistration callerCancelsDeadline, CancellationToken callerToken)
    {
        _inner = inner;
        _idleTimeout = idleTimeout;
        _time = time;
        _request = request;
        _deadline = deadline;
        _callerCancelsDeadline = callerCancelsDeadline;
        _callerToken = callerToken;
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
        new ClayStreamingStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _idleTimeout, _time, _request, _deadline.Token, _callerToken);

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
            _callerCancelsDeadline.Dispose();
            _deadline.Dispose();
        }

        base.Dispose(disposing);
    }
}
