using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Http;

/// <summary>Clay's response shapes as minimal-API results: a JSON body, and <c>{"message": ...}</c> for errors.</summary>
internal static class ApiResults
{
    public static IResult Ok(JsonNode body) => Results.Json(body);

    public static IResult Empty() => Results.Json(new JsonObject());

    public static IResult Error(int statusCode, string message, string? type = null) =>
        Results.Json(ErrorBody(message, type), statusCode: statusCode);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "NoMatchingURL");

    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Unauthorized");

    public static JsonObject ErrorBody(string message, string? type = null)
    {
        var body = new JsonObject { ["message"] = message };
        if (type is not null)
        {
            body["type"] = type;
        }

        return body;
    }
}
