using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace ClayGen.TestSupport;

/// <summary>
/// The raw socket server, for what WireMock cannot produce: connections reset or closed after Clay
/// received the request, bodies that break off, stall or arrive piece by piece, and requests seen
/// byte for byte on a chosen loopback address (127.0.0.1, 127.0.0.2, ...). It records every request
/// that arrived completely.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private const int PieceSize = 8;

    private readonly TcpListener _listener;
    private readonly Func<int, RawAction>? _plan;
    private readonly string _body;
    private readonly Func<WireRequest, string>? _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<WireRequest> _requests = new();
    private readonly SemaphoreSlim _piecesAllowed = new(0);
    private readonly Channel<bool> _piecesSent = Channel.CreateUnbounded<bool>();
    private int _count;

    /// <summary>A server on 127.0.0.1 that treats each request as <paramref name="plan"/> says.</summary>
    /// <param name="plan">The action for the n-th request (1-based), across connections.</param>
    /// <param name="body">The JSON body of a <see cref="RawAction.Respond"/> or <see cref="RawAction.TrickleBody"/>.</param>
    /// <param name="port">The port to listen on; 0 for any free one.</param>
    public RawHttpServer(Func<int, RawAction> plan, string body, int port = 0)
        : this(IPAddress.Loopback, port, plan, body, respond: null)
    {
    }

    /// <summary>A server on <paramref name="address"/> that answers each request with the raw HTTP text <paramref name="respond"/> returns, one request per connection.</summary>
    /// <param name="address">A loopback address, such as <c>127.0.0.2</c>.</param>
    /// <param name="respond">The whole response for a request; <see cref="Raw"/> builds one.</param>
    public RawHttpServer(string address, Func<WireRequest, string> respond)
        : this(IPAddress.Parse(address), 0, plan: null, body: string.Empty, respond)
    {
    }

    private RawHttpServer(IPAddress address, int port, Func<int, RawAction>? plan, string body, Func<WireRequest, string>? respond)
    {
        _listener = new TcpListener(address, port);
        _plan = plan;
        _body = body;
        _respond = respond;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The server's root, ending with <c>/</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            var endpoint = (IPEndPoint)_listener.LocalEndpoint;
            return new Uri($"http://{endpoint.Address}:{endpoint.Port}/");
        }
    }

    /// <summary>Completes once a <see cref="RawAction.StallBody"/> answer has sent its headers and part of its body.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>The requests that reached the server completely (headers and body), in order of arrival.</summary>
    public IReadOnlyList<WireRequest> Requests => [.. _requests];

    /// <summary>Starts a server with a fault plan on a given port (e.g. one that refused connections a moment ago).</summary>
    public static RawHttpServer On(int port, Func<int, RawAction> plan, string body) => new(plan, body, port);

    /// <summary>A local address nothing listens on, so connecting to it is refused.</summary>
    public static Uri ClosedPortAddress()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>A whole HTTP/1.1 response that closes its connection, with a JSON body and extra header lines.</summary>
    public static string Raw(int status, string reason, string body = "{}", params string[] headers) =>
        $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n"
        + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n" + body;

    /// <summary>
    /// Lets a <see cref="RawAction.TrickleBody"/> answer send its next piece of the body and waits until it
    /// has; the body's status line and headers go out before the first piece.
    /// </summary>
    public async Task SendPieceAsync(CancellationToken cancellationToken = default)
    {
        _piecesAllowed.Release();
        await _piecesSent.Reader.ReadAsync(cancellationToken);
    }

    /// <summary>Lets a <see cref="RawAction.TrickleBody"/> answer send the rest of its body without waiting for the test.</summary>
    public void SendRest() => _piecesAllowed.Release(int.MaxValue / 2);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop with one of these.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);

            // Small writes go out at once: Nagle's algorithm would hold them for the client's delayed ACK.
            socket.NoDelay = true;
            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                var pending = new List<byte>();
                while (await ReadRequestAsync(socket, pending, _stop.Token) is { } request)
                {
                    _requests.Enqueue(request);
                    var n = Interlocked.Increment(ref _count);
                    if (_respond is not null)
                    {
                        await socket.SendAsync(Encoding.UTF8.GetBytes(_respond(request)), _stop.Token);
                        socket.Shutdown(SocketShutdown.Send);
                        return;
                    }

                    if (!await ActAsync(socket, _plan!(n)))
                    {
                        return;
                    }
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException or OperationCanceledException)
            {
                // The client went away, or the test is over; nothing to serve.
            }
        }
    }

    /// <summary>Carries out one action; false when the connection is done with.</summary>
    private async Task<bool> ActAsync(Socket socket, RawAction action)
    {
        switch (action)
        {
            case RawAction.Respond:
                var body = Encoding.UTF8.GetBytes(_body);
                await socket.SendAsync(Head(body.Length), _stop.Token);
                await socket.SendAsync(body, _stop.Token);
                return true;
            case RawAction.Reset:
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                return false;
            case RawAction.Close:
                socket.Shutdown(SocketShutdown.Both);
                return false;
            case RawAction.StallBody:
                await socket.SendAsync(Head(5000).Concat(Encoding.ASCII.GetBytes("{\"tableTotalRecordsCount\": 1, ")).ToArray(), _stop.Token);
                _stalled.TrySetResult();
                await Task.Delay(Timeout.Infinite, _stop.Token);
                return false;
            case RawAction.TrickleBody:
                var slow = Encoding.UTF8.GetBytes(_body);
                await socket.SendAsync(Head(slow.Length), _stop.Token);
                for (var i = 0; i < slow.Length; i += PieceSize)
                {
                    await _piecesAllowed.WaitAsync(_stop.Token);
                    await socket.SendAsync(slow.AsMemory(i, Math.Min(PieceSize, slow.Length - i)), _stop.Token);
                    await _piecesSent.Writer.WriteAsync(true, _stop.Token);
                }

                return true;
            case RawAction.TruncateBody:
                // A clean close (FIN) goes out after the partial body, so the client always sees the
                // body end short of its Content-Length; a reset could discard the bytes still queued.
                await socket.SendAsync(Head(5000).Concat(Encoding.ASCII.GetBytes("{\"tableTotalRecordsCount\": 1, \"pad\": \"")).ToArray(), _stop.Token);
                socket.Shutdown(SocketShutdown.Send);
                return false;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Not a raw action.");
        }
    }

    private static byte[] Head(int contentLength) => Encoding.ASCII.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n\r\n"));

    /// <summary>Reads one request (headers and a Content-Length body); null when the client closed the connection first.</summary>
    private static async Task<WireRequest?> ReadRequestAsync(Socket socket, List<byte> pending, CancellationToken cancellationToken)
    {
        var chunk = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(pending)) < 0)
        {
            var read = await socket.ReceiveAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            pending.AddRange(chunk.AsSpan(0, read));
        }

        var head = new WireRequest(Encoding.UTF8.GetString(pending.GetRange(0, headEnd).ToArray()), string.Empty);
        var length = int.TryParse(head.Header("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var total = headEnd + 4 + length;
        while (pending.Count < total)
        {
            var read = await socket.ReceiveAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            pending.AddRange(chunk.AsSpan(0, read));
        }

        var request = head with { Body = Encoding.UTF8.GetString(pending.GetRange(headEnd + 4, length).ToArray()) };
        pending.RemoveRange(0, total);
        return request;
    }

    private static int IndexOfHeadEnd(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
