using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClayGen.Sandbox.Handlers;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.State;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace ClayGen.Sandbox;

/// <summary>
/// Turns one WireMock request into one response: latency, faults, authentication, routing, body
/// parsing, then the handler under the state lock. The order guarantees that a fault or a
/// rejected request never changes state.
/// </summary>
internal sealed class SandboxPipeline
{
    private const string SessionCookie = "claysession";

    private readonly SandboxState _state;
    private readonly ClaySandboxFaults _faults;
    private readonly TimeSpan _baseLatency;
    private readonly ApiRouter _router = new();
    private readonly Lock _logSync = new();
    private readonly List<ClaySandboxRequest> _log = [];

    public SandboxPipeline(SandboxState state, ClaySandboxFaults faults, TimeSpan baseLatency)
    {
        _state = state;
        _faults = faults;
        _baseLatency = baseLatency;
        new AuthHandlers(state).Register(_router);
        new WorkspaceHandlers(state).Register(_router);
        new ResourceHandlers(state).Register(_router);
        new TableHandlers(state).Register(_router);
        new RecordHandlers(state).Register(_router);
        new RunHandler(state).Register(_router);
        new CreditReportHandler(state).Register(_router);
        new IntegrationHandlers(state).Register(_router);
        new SourceHandlers(state).Register(_router);
    }

    public int RequestCount
    {
        get { lock (_logSync) { return _log.Count; } }
    }

    public IReadOnlyList<ClaySandboxRequest> Requests
    {
        get { lock (_logSync) { return [.. _log]; } }
    }

    public async Task<IResponseMessage> HandleAsync(IRequestMessage message)
    {
        var delay = _baseLatency + _faults.Latency;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay).ConfigureAwait(false);
        }

        var method = message.Method.ToUpperInvariant();
        var query = message.RawQuery?.TrimStart('?') ?? string.Empty;
        var bodyText = message.Body ?? (message.BodyAsBytes is { Length: > 0 } bytes ? Encoding.UTF8.GetString(bytes) : null);
        if (string.IsNullOrEmpty(bodyText))
        {
            bodyText = null;
        }

        var response = Handle(method, message.Path, query, bodyText, message.Headers);
        var json = response.Body?.ToJsonString();

        lock (_logSync)
        {
            _log.Add(new ClaySandboxRequest(method, message.Path, query, bodyText, response.StatusCode));
        }

        return ToResponseMessage(response, json);
    }

    private ApiResponse Handle(
        string method, string path, string rawQuery, string? bodyText, IDictionary<string, WireMockList<string>>? headers)
    {
        if (_faults.TakeFailure() is { } fault)
        {
            return FaultResponse(fault.StatusCode, fault.RetryAfter);
        }

        var match = _router.Find(method, path);
        if (match is not { Route.IsPublic: true })
        {
            var session = CookieHeader.Find(headers, SessionCookie);
            bool authenticated;
            lock (_state.Sync)
            {
                authenticated = _state.Sessions.IsValid(session);
            }

            if (!authenticated)
            {
                return ApiResponse.Unauthorized();
            }
        }

        if (match is not { } found)
        {
            return ApiResponse.NotFound();
        }

        JsonNode? body = null;
        if (!string.IsNullOrWhiteSpace(bodyText))
        {
            try
            {
                body = JsonNode.Parse(bodyText);
            }
            catch (JsonException ex)
            {
                return ApiResponse.Error(400, $"Invalid JSON body: {ex.Message}");
            }
        }

        var request = new ApiRequest(method, path, QueryString.Parse(rawQuery), body, found.Values);
        try
        {
            lock (_state.Sync)
            {
                return found.Route.Handler(request);
            }
        }
        catch (ApiException ex)
        {
            return ex.Response;
        }
    }

    private static ApiResponse FaultResponse(int statusCode, TimeSpan? retryAfter)
    {
        var response = ApiResponse.Error(statusCode, statusCode == 429 ? "Too Many Requests" : "Injected fault");
        if (retryAfter is null && statusCode == 429)
        {
            retryAfter = TimeSpan.FromSeconds(1);
        }

        if (retryAfter is { } wait)
        {
            var seconds = (long)Math.Ceiling(wait.TotalSeconds);
            response.WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    private static ResponseMessage ToResponseMessage(ApiResponse response, string? json)
    {
        var message = new ResponseMessage { StatusCode = response.StatusCode };
        if (json is not null)
        {
            message.BodyData = new BodyData
            {
                BodyAsString = json,
                DetectedBodyType = BodyType.String,
                Encoding = Encoding.UTF8,
            };
            message.AddHeader("Content-Type", "application/json; charset=utf-8");
        }

        foreach (var (name, value) in response.Headers)
        {
            message.AddHeader(name, value);
        }

        return message;
    }
}
