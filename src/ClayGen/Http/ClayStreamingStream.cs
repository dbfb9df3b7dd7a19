using System.Globalization;

namespace ClayGen.Http;

/// <summary>
/// A streamed body's stream: each read that has to wait is bounded by the idle timeout, and every read
/// by the call's total deadline. One idle source per stream, armed only while a read actually waits:
/// most reads find bytes already buffered and complete synchronously, and a timer per read is the costly part.
/// </summary>
internal sealed class ClayStreamingStream(Stream inner, TimeSpan idleTimeout, TimeProvider time, HttpRequestMessage request, CancellationToken deadline, CancellationToken callerToken) : Stream
{
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
        callerToken.ThrowIfCancellationRequested();

        // Checked on every read, not only when one waits: a body that trickles is never idle.
        if (deadline.IsCancellationRequested)
        {
            throw TotalTimeout(null);
        }

        if (!_idle.TryReset())
        {
            _idle.Dispose();
            _idle = NewIdleSource(idleTimeout, time);
        }

        var read = inner.ReadAsync(buffer, _idle.Token);
        return read.IsCompletedSuccessfully ? read : WaitAsync(read, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // ClayGen reads bodies asynchronously; a synchronous reader still gets the deadlines, at the cost of a blocked thread.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        _idle.Dispose();
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _idle.Dispose();
        }

        base.Dispose(disposing);
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
        static void Cancel(object? state) => ((CancellationTokenSource)state!).Cancel();
        using var readerCancels = cancellationToken.UnsafeRegister(Cancel, idle);
        using var callerCancels = callerToken.UnsafeRegister(Cancel, idle);
        using var deadlinePasses = deadline.UnsafeRegister(Cancel, idle);
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (callerToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(ex.Message, ex, callerToken);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested)
        {
            throw TotalTimeout(ex);
        }
        catch (OperationCanceledException ex) when (idle.IsCancellationRequested)
        {
            var details = ClayErrorFactory.DescribeRequest(request);
            throw new ClayTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"Clay {ClayErrorFactory.Name(details)} sent part of its answer, then nothing for {idleTimeout.TotalSeconds:0.###} s."),
                details,
                ex);
        }
    }

    private ClayTimeoutException TotalTimeout(Exception? inner)
    {
        var details = ClayErrorFactory.DescribeRequest(request);
        return new ClayTimeoutException(
            $"Clay {ClayErrorFactory.Name(details)} timed out: its answer was still arriving when the call's total timeout (ClayClientOptions.Timeout) passed.",
            details,
            inner);
    }
}
