using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ClayGen.Sandbox.Http;

/// <summary>
/// Thrown by handlers to answer with an error. Handlers validate before they mutate, so unwinding
/// out of the state lock leaves the state untouched.
/// </summary>
internal sealed class ApiException(int statusCode, JsonObject body)
    : Exception(body["message"]?.GetValue<string>())
{
    public int StatusCode { get; } = statusCode;

    public IResult ToResult() => Results.Json(body, statusCode: StatusCode);

    public static ApiException BadRequest(string message) => new(StatusCodes.Status400BadRequest, ApiResults.ErrorBody(message));

    /// <summary>A 400 with Clay's error <c>type</c>, for errors clients tell apart by it (FieldNameAlreadyExists).</summary>
    public static ApiException BadRequest(string type, string message) => new(StatusCodes.Status400BadRequest, ApiResults.ErrorBody(message, type));

    public static ApiException NotFound() => new(StatusCodes.Status404NotFound, ApiResults.ErrorBody("NoMatchingURL"));

    public static ApiException NotFound(string message) => new(StatusCodes.Status404NotFound, ApiResults.ErrorBody(message, "NotFound"));
}
