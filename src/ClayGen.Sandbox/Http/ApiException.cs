using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Http;

/// <summary>
/// Thrown by handlers to answer with an error. Handlers validate before they mutate, so unwinding
/// out of the state lock leaves the state untouched.
/// </summary>
internal sealed class ApiException(int statusCode, JsonObject body)
    : Exception(body["message"]?.GetValue<string>())
{
    public ApiResponse Response { get; } = new(statusCode, body);

    public static ApiException BadRequest(string message) => new(400, new JsonObject { ["message"] = message });

    public static ApiException NotFound() => new(404, new JsonObject { ["message"] = "NoMatchingURL" });
}
