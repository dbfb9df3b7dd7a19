using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClayGen.Tests.Reliability;

/// <summary>What <see cref="RawHttpServer"/> does with one request.</summary>
public enum RawAction
{
    /// <summary>Answers 200 with the configured JSON body.</summary>
    Respond,

    /// <summary>Reads the request, then resets the connection (RST) without a byte of response.</summary>
    Reset,

    /// <summary>Reads the request, then closes the connection cleanly (FIN) without a response.</summary>
    Close,

    /// <summary>Sends the status line, headers promising a long body and part of it, then closes.</summary>
    TruncateBody,

    /// <summary>Sends the status line, headers and part of the body, then goes silent with the connection open.</summary>
    StallBody,

    /// <summary>Sends the configured body a few bytes at a time, 100 ms apart.</summary>
    TrickleBody,
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for the faults WireMock cannot produce: connections reset
/// or closed after Clay received the request, and bodies that break off.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<int, RawAction> _plan;
    private readonly string _body;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    /// <param name="plan">The action for the n-th request (1-based), across connections.</param>
    /// <param name="body">The JSON body of a <see cref="RawAction.Respond"/>.</param>
    /// <param name="port">The port to listen on; 0 for any free one.</param>
    public RawHttpServer(Func<int, RawAction> plan, string body, int port = 0)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _plan = plan;
        _body = body;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>The pause between the 8-byte pieces of a <see cref="RawAction.TrickleBody"/>.</summary>
    public TimeSpan TrickleInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Completes once a <see cref="RawAction.StallBody"/> answer has sent its headers and part of its body.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>The requests that reached the server completely (headers and body).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Starts a server on a given port (e.g. one that refused connections a moment ago).</summary>
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

            // Small writes go out at once: Nagle's algorithm would hold them for the client's delayed
            // ACK, and a trickled body would look stalled.
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
                var buffer = new List<byte>();
                while (await ReadRequestAsync(socket, buffer))
                {
                    var action = _plan(Interlocked.Increment(ref _requests));
                    switch (action)
                    {
                        case RawAction.Respond:
                            var body = Encoding.UTF8.GetBytes(_body);
                            await socket.SendAsync(Encoding.ASCII.GetBytes(
                                $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n"));
                            await socket.SendAsync(body);
                            break;
                        case RawAction.Reset:
                            socket.LingerState = new LingerOption(true, 0);
                            socket.Close();
                            return;
                        case RawAction.Close:
                            socket.Shutdown(SocketShutdown.Both);
                            return;
                        case RawAction.StallBody:
                            await socket.SendAsync(Encoding.ASCII.GetBytes(
                                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"tableTotalRecordsCount\": 1, "));
                            _stalled.TrySetResult();
                            await Task.Delay(Timeout.Infinite, _stop.Token);
                            return;
                        case RawAction.TrickleBody:
                            var slow = Encoding.UTF8.GetBytes(_body);
                            await socket.SendAsync(Encoding.ASCII.GetBytes(
                                $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {slow.Length}\r\n\r\n"));
                            for (var i = 0; i < slow.Length; i += 8)
                            {
                                await socket.SendAsync(slow.AsMemory(i, Math.Min(8, slow.Length - i)));
                                await Task.Delay(TrickleInterval, _stop.Token);
                            }

                            break;
                        case RawAction.TruncateBody:
                            await socket.SendAsync(Encoding.ASCII.GetBytes(
                                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"tableTotalRecordsCount\": 1, \"pad\": \""));
                            await Task.Delay(20);
                            socket.LingerState = new LingerOption(true, 0);
                            socket.Close();
                            return;
                    }
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException or OperationCanceledException)
            {
                // The client went away; nothing to serve.
            }
        }
    }

    /// <summary>Reads one request (headers and a Content-Length body); false when the client closed the connection.</summary>
    private static async Task<bool> ReadRequestAsync(Socket socket, List<byte> pending)
    {
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(pending)) < 0)
        {
            var read = await socket.ReceiveAsync(chunk);
            if (read == 0)
            {
                return false;
            }

            pending.AddRange(chunk.AsSpan(0, read));
        }

        var headers = Encoding.ASCII.GetString(pending.GetRange(0, headerEnd).ToArray());
        var length = headers.Split("\r\n")
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var total = headerEnd + 4 + length;
        while (pending.Count < total)
        {
            var read = await socket.ReceiveAsync(chunk);
            if (read == 0)
            {
                return false;
            }

            pending.AddRange(chunk.AsSpan(0, read));
        }

        pending.RemoveRange(0, total);
        return true;
    }

    private static int IndexOfHeaderEnd(List<byte> bytes)
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
