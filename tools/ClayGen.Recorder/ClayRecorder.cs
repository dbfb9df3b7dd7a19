using System.Net;
using System.Text;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ClayGen.Recorder;

/// <summary>
/// A recording proxy: a local WireMock server that forwards every request to Clay (with the real
/// session swapped in) and keeps each exchange, so <see cref="WriteRecordings"/> can save them as
/// scrubbed contract-test recordings.
/// </summary>
/// <example>
/// <code>
/// using var recorder = ClayRecorder.Start(new RecorderOptions { Session = realSession });
/// // point a ClayClient at recorder.BaseAddress and make the calls to record, then:
/// var result = recorder.WriteRecordings(routes, new RecordingWriter("tests/ClayGen.ContractTests/Recordings"));
/// </code>
/// </example>
public sealed class ClayRecorder : IDisposable
{
    // Set by the HTTP stack for each hop; forwarding them would corrupt the upstream request.
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Expect", "Accept-Encoding",
        "Proxy-Connection", "Upgrade", "TE", "Trailer", "Cookie",
    };

    private static readonly HashSet<string> ResponseHopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Content-Encoding",
    };

    private readonly RecorderOptions _options;
    private readonly HttpClient _upstream;
    private readonly WireMockServer _server;
    private readonly Lock _sync = new();
    private readonly List<RecordedExchange> _exchanges = [];

    private ClayRecorder(RecorderOptions options, HttpMessageHandler? upstreamHandler)
    {
        _options = options;
        _upstream = new HttpClient(
            upstreamHandler ?? new SocketsHttpHandler
            {
                UseCookies = false,
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
            },
            disposeHandler: true)
        {
            Timeout = TimeSpan.FromMinutes(2),
        };
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{options.Port}"],
            StartAdminInterface = false,
            // Clay's deletes carry JSON bodies, which WireMock drops by default.
            AllowBodyForAllHttpMethods = true,
            // Bodies are forwarded byte for byte, never re-serialised.
            DisableJsonBodyParsing = true,
            DisableDeserializeFormUrlEncoded = true,
            MaxRequestLogCount = 0,
        });
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(ForwardAsync));
        BaseAddress = new Uri($"http://127.0.0.1:{_server.Port}/");
    }

    /// <summary>Where clients send requests to have them recorded; ends with <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The exchanges so far, unscrubbed: they may hold secrets and are never written as they are.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges
    {
        get
        {
            lock (_sync)
            {
                return [.. _exchanges];
            }
        }
    }

    /// <summary>Starts a recorder listening on 127.0.0.1.</summary>
    /// <param name="options">Where to forward and with which session.</param>
    /// <param name="upstreamHandler">The handler that reaches Clay; default a socket handler with cookies and redirects off.</param>
    public static ClayRecorder Start(RecorderOptions options, HttpMessageHandler? upstreamHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Target.IsAbsoluteUri)
        {
            throw new ArgumentException("The target must be an absolute URI.", nameof(options));
        }

        return new ClayRecorder(options, upstreamHandler);
    }

    /// <summary>
    /// Scrubs every exchange so far and writes each one whose route is in the spec. Exchanges of routes
    /// the spec lacks are skipped and listed in the result, since a recording must name an operation.
    /// </summary>
    /// <param name="routes">The spec's routes.</param>
    /// <param name="writer">Where and how to write.</param>
    /// <param name="scenario">The scenario name; default <see cref="RecordingWriter.DefaultScenario"/> per exchange.</param>
    /// <param name="recordedOn">The recording day; default today (UTC).</param>
    public RecordingResult WriteRecordings(SpecRoutes routes, RecordingWriter writer, string? scenario = null, DateOnly? recordedOn = null)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(writer);
        var scrubber = new RecordingScrubber();
        var day = recordedOn ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var written = new List<string>();
        var skipped = new List<string>();
        foreach (var exchange in Exchanges)
        {
            var route = routes.Find(exchange.Method, exchange.Path);
            if (route is null)
            {
                skipped.Add($"{exchange.Method} {exchange.Path}");
                continue;
            }

            var name = scenario ?? RecordingWriter.DefaultScenario(exchange.StatusCode);
            written.Add(writer.Write(scrubber.Scrub(exchange), route, name, _options.Target, day));
        }

        return new RecordingResult(written, skipped);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _upstream.Dispose();
    }

    private async Task<IResponseMessage> ForwardAsync(IRequestMessage incoming)
    {
        var incomingUri = new Uri(incoming.Url);
        var target = new Uri(_options.Target.GetLeftPart(UriPartial.Authority) + _options.Target.AbsolutePath.TrimEnd('/') + incomingUri.AbsolutePath + (incoming.RawQuery ?? string.Empty));
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), target);

        var body = incoming.BodyData?.BodyAsBytes ?? (incoming.Body is { } text ? Encoding.UTF8.GetBytes(text) : null);
        string? contentType = null;
        if (body is { Length: > 0 })
        {
            request.Content = new ByteArrayContent(body);
        }

        var requestHeaders = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in incoming.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            foreach (var value in values)
            {
                requestHeaders.Add(new(name, value));
            }

            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = values.FirstOrDefault();
                if (request.Content is not null && contentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }

                continue;
            }

            if (!HopHeaders.Contains(name))
            {
                request.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        var cookie = _options.Session is { } session
            ? "claysession=" + session
            : requestHeaders.FirstOrDefault(h => h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase)).Value;
        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        HttpResponseMessage upstream;
        try
        {
            upstream = await _upstream.SendAsync(request).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Nothing came back, so there is nothing to record; the client sees a gateway error.
            return Text(502, $"clay-recorder could not reach {_options.Target}: {ex.Message}");
        }

        using (upstream)
        {
            var responseBytes = await upstream.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var responseHeaders = upstream.Headers.Concat(upstream.Content.Headers)
                .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
                .ToList();

            lock (_sync)
            {
                _exchanges.Add(new RecordedExchange(
                    incoming.Method.ToUpperInvariant(),
                    incoming.Path,
                    ParseQuery(incoming.RawQuery),
                    requestHeaders,
                    body is { Length: > 0 } ? Encoding.UTF8.GetString(body) : null,
                    (int)upstream.StatusCode,
                    responseHeaders,
                    Encoding.UTF8.GetString(responseBytes)));
            }

            var message = new ResponseMessage
            {
                StatusCode = (int)upstream.StatusCode,
                BodyData = new BodyData { BodyAsBytes = responseBytes, DetectedBodyType = BodyType.Bytes },
            };
            foreach (var (name, value) in responseHeaders.Where(h => !ResponseHopHeaders.Contains(h.Key)))
            {
                message.AddHeader(name, value);
            }

            return message;
        }
    }

    private static IReadOnlyList<KeyValuePair<string, string>> ParseQuery(string? rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery))
        {
            return [];
        }

        // Names stay as sent (Clay's literal brackets); only values are decoded, as WireMock's matchers see them.
        return rawQuery.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => new KeyValuePair<string, string>(parts[0], parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty))
            .ToList();
    }

    private static ResponseMessage Text(int status, string text)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = text, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "text/plain; charset=utf-8");
        return message;
    }
}
