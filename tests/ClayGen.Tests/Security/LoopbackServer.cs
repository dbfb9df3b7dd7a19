using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClayGen.Tests.Security;

/// <summary>One request as it arrived on the wire: request line and headers, and the body.</summary>
public sealed record WireRequest(string Head, string Body)
{
    public string Target => Head.Split(' ', 3)[1];

    public string? Header(string name) => Head.Split("\r\n")
        .Skip(1)
        .Select(line => line.Split(':', 2))
        .Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
        .Select(p => p[1].Trim())
        .FirstOrDefault();
}

/// <summary>
/// A minimal HTTP/1.1 server on a chosen loopback address (127.0.0.1, 127.0.0.2, ...) that records
/// every request byte for byte and answers each with a scripted raw response, one per connection.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<WireRequest, string> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<WireRequest> _requests = new();
    private readonly Task _loop;

    public LoopbackServer(string address, Func<WireRequest, string> respond)
    {
        _listener = new TcpListener(IPAddress.Parse(address), 0);
        _listener.Start();
        _respond = respond;
        _loop = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://{((IPEndPoint)_listener.LocalEndpoint).Address}:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public IReadOnlyList<WireRequest> Requests => [.. _requests];

    public static string Raw(int status, string reason, string body = "{}", params string[] headers) =>
        $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n"
        + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n" + body;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop this way.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new List<byte>();
            var chunk = new byte[4096];
            int headEnd;
            while ((headEnd = IndexOfHeadEnd(buffer)) < 0)
            {
                var read = await stream.ReadAsync(chunk, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                buffer.AddRange(chunk.AsSpan(0, read).ToArray());
            }

            var head = Encoding.UTF8.GetString(buffer.GetRange(0, headEnd).ToArray());
            var request = new WireRequest(head, string.Empty);
            var length = int.TryParse(request.Header("Content-Length"), out var n) ? n : 0;
            while (buffer.Count < headEnd + 4 + length)
            {
                var read = await stream.ReadAsync(chunk, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                buffer.AddRange(chunk.AsSpan(0, read).ToArray());
            }

            request = request with { Body = Encoding.UTF8.GetString(buffer.Skip(headEnd + 4).ToArray()) };
            _requests.Enqueue(request);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_respond(request)), _stop.Token);
            await stream.FlushAsync(_stop.Token);
        }
    }

    private static int IndexOfHeadEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
