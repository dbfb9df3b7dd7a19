using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Http;

/// <summary>What a handler answers: a status, a JSON body and any extra headers.</summary>
internal sealed class ApiResponse(int statusCode, JsonNode? body)
{
    public int StatusCode { get; } = statusCode;

    public JsonNode? Body { get; } = body;

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public static ApiResponse Ok(JsonNode body) => new(200, body);

    public static ApiResponse Empty() => new(200, new JsonObject());

    public static ApiResponse Error(int statusCode, string message, string? type = null)
    {
        var body = new JsonObject { ["message"] = message };
        if (type is not null)
        {
            body["type"] = type;
        }

        return new ApiResponse(statusCode, body);
    }

    public static ApiResponse NotFound() => Error(404, "NoMatchingURL");

    public static ApiResponse Unauthorized() => Error(401, "Unauthorized", "Unauthorized");

    public ApiResponse WithHeader(string name, string value)
    {
        Headers.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }
}
