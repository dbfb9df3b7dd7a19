namespace ClayGen.Http;

/// <summary>
/// A response whose body broke off while it was buffered inside an attempt. An
/// <see cref="HttpRequestException"/>, so an idempotent read retries it like any broken connection;
/// when no retry is left, <see cref="ClayErrorFactory"/> reports it with the status Clay had sent.
/// </summary>
internal sealed class ClayBodyBrokeOffException(ClayErrorDetails details, Exception inner)
    : HttpRequestException(HttpRequestError.ResponseEnded, "The response body broke off while it was read.", inner)
{
    public ClayErrorDetails Details { get; } = details;
}
