using System.Globalization;
using System.Text.RegularExpressions;
using ClayGen.ContractTests.Infrastructure;

namespace ClayGen.ContractTests.Checks;

/// <summary>
/// What the client must do with a recording's final response: return a result for a 2xx JSON body,
/// or throw the typed exception for its status (a 2xx that is not JSON, or is empty, is unexpected).
/// </summary>
public sealed partial record ExpectedOutcome(Type? ExceptionType, int StatusCode, string? ClayMessage, TimeSpan? RetryAfter)
{
    public bool IsSuccess => ExceptionType is null;

    public static ExpectedOutcome For(Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var final = recording.Final;
        var status = recording.FinalStatus;
        var json = Recording.JsonBody(final);
        var mediaType = Recording.MediaType(final);
        if (status is >= 200 and < 300)
        {
            var isJson = json is not null && (mediaType is null || mediaType.Contains("json", StringComparison.Ordinal));
            return new ExpectedOutcome(isJson ? null : typeof(ClayUnexpectedResponseException), status, null, null);
        }

        var type = status switch
        {
            401 or 403 => typeof(ClayAuthenticationException),
            404 => typeof(ClayNotFoundException),
            400 or 422 => typeof(ClayValidationException),
            429 => typeof(ClayRateLimitedException),
            >= 500 and <= 599 => typeof(ClayServerException),
            _ => typeof(ClayApiException),
        };
        var retryAfter = Recording.ResponseHeader(final, "Retry-After") is { } seconds && int.TryParse(seconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? TimeSpan.FromSeconds(s)
            : (TimeSpan?)null;
        return new ExpectedOutcome(type, status, MessageOf(json, Recording.BodyText(final)), retryAfter);
    }

    /// <summary>Fails unless the outcome is this one.</summary>
    public void AssertMatches(CallOutcome outcome, Recording recording)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(recording);
        if (IsSuccess)
        {
            Assert.True(outcome.Exception is null, $"{recording}: expected a result, the client threw {outcome.Exception}");
            return;
        }

        Assert.True(outcome.Exception is not null, $"{recording}: expected {ExceptionType!.Name}, the client returned {outcome.Result}");
        Assert.True(outcome.Exception.GetType() == ExceptionType, $"{recording}: expected {ExceptionType!.Name}, the client threw {outcome.Exception}");
        var api = (ClayApiException)outcome.Exception;
        Assert.Equal(StatusCode, api.StatusCode);
        Assert.Equal(recording.OperationId, api.OperationId);
        if (ClayMessage is not null)
        {
            Assert.Equal(ClayMessage, api.ClayMessage);
        }

        if (ExceptionType == typeof(ClayRateLimitedException))
        {
            Assert.Equal(RetryAfter, ((ClayRateLimitedException)api).RetryAfter);
        }
    }

    // The message a reader of the error would quote: JSON "message", an HTML page's title, or a text body's first line.
    private static string? MessageOf(Newtonsoft.Json.Linq.JToken? json, string text)
    {
        if (json is not null)
        {
            return json is Newtonsoft.Json.Linq.JObject obj && obj["message"] is Newtonsoft.Json.Linq.JValue { Type: Newtonsoft.Json.Linq.JTokenType.String } message
                ? (string?)message
                : null;
        }

        if (HtmlTitle().Match(text) is { Success: true } title)
        {
            return title.Groups[1].Value.Trim();
        }

        var firstLine = text.Split('\n', 2)[0].Trim();
        return firstLine.Length == 0 ? null : firstLine;
    }

    [GeneratedRegex("<title[^>]*>([^<]+)</title>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTitle();
}
