using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Http;

/// <summary>
/// Logging in (<c>POST /v3/auth/login</c>) and reading the session Clay set: the one login of the
/// library, used by <see cref="IAuthClient.FetchSessionAsync"/>, <see cref="ClayClient.LoginAsync"/> and
/// the session handler's own logins.
/// </summary>
internal static class ClayLogin
{
    public const string OperationId = "login";

    private static readonly ClayErrorDetails LoginDetails = new() { OperationId = OperationId, Method = "POST", RequestPath = "/v3/auth/login" };

    /// <summary>Logs in through <paramref name="httpClient"/> and returns the session Clay set.</summary>
    /// <exception cref="ClayAuthenticationException">Clay rejected the credentials, or set no session.</exception>
    public static async Task<ClaySession> LoginAsync(HttpClient httpClient, string email, string password, CancellationToken cancellationToken)
    {
        ClayArgument.ThrowIfBlank(email, nameof(email));
        ClayArgument.ThrowIfBlank(password, nameof(password));

        // Whatever fails below, the email is masked and the password scrubbed, however the server echoes them.
        using var secrets = ClaySecrets.Use(ClaySecrets.Of(email: email, password: password));
        ClayResponse<LoginResponse> response;
        try
        {
            response = await new AuthClient(httpClient)
                .LoginAsync(new LoginRequest { Email = email, Password = password, Source = null }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ClayAuthenticationException ex)
        {
            throw new ClayAuthenticationException(
                $"Clay rejected the email or password ({ex.StatusCode}). {ex.ClayMessage}".TrimEnd(),
                ex.Details,
                ex);
        }
        catch (Exception ex) when (ClayErrorFactory.FromTransport(null, ex, cancellationToken) is { } mapped)
        {
            // A login sent straight to the inner handlers (a re-login) has no exception handler above it.
            throw Describe(mapped, ex);
        }

        foreach (var header in response.Headers)
        {
            if (header.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase) && TryFindSession(header.Value, out var session))
            {
                return session;
            }
        }

        throw new ClayAuthenticationException(
            "Clay accepted the login but set no claysession cookie; the login endpoint may have changed.",
            new ClayErrorDetails { StatusCode = response.StatusCode, OperationId = OperationId, Method = "POST", RequestPath = "/v3/auth/login" });
    }

    /// <summary>The session a successful login response sets, if any.</summary>
    public static bool TryReadSession(HttpResponseMessage response, [NotNullWhen(true)] out ClaySession? session)
    {
        session = null;
        return response.IsSuccessStatusCode &&
               response.Headers.TryGetValues("Set-Cookie", out var values) &&
               TryFindSession(values, out session);
    }

    /// <summary>The email and password a login request carries, if its body is the JSON the login sends.</summary>
    public static async Task<(string Email, string Password)?> ReadCredentialsAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null)
        {
            return null;
        }

        try
        {
            var body = JObject.Parse(await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return body.Value<string>("email") is { } email && body.Value<string>("password") is { } password ? (email, password) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The refusal a failed login response stands for, worded as <see cref="LoginAsync"/> words it.</summary>
    public static async Task<ClayAuthenticationException?> ReadRefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is not (System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden))
        {
            return null;
        }

        // Read as a string, not as a stream: the buffered body's stream is the one the generated code reads next.
        var body = response.Content is null ? null : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var details = ClayErrorFactory.DescribeResponse(response, OperationId, body);
        return new ClayAuthenticationException($"Clay rejected the email or password ({details.StatusCode}). {details.ClayMessage}".TrimEnd(), details);
    }

    public static bool IsLogin(HttpRequestMessage request) =>
        string.Equals(ClayRequestOptions.GetOperationId(request), OperationId, StringComparison.Ordinal) ||
        (request.RequestUri?.OriginalString.EndsWith("v3/auth/login", StringComparison.Ordinal) ?? false);

    private static bool TryFindSession(IEnumerable<string> setCookies, [NotNullWhen(true)] out ClaySession? session)
    {
        foreach (var value in setCookies)
        {
            if (ClaySession.TryParseSetCookie(value, out session))
            {
                return true;
            }
        }

        session = null;
        return false;
    }

    private static ClayApiException Describe(ClayApiException mapped, Exception cause) => mapped switch
    {
        ClayTimeoutException => new ClayTimeoutException("Clay login (POST /v3/auth/login) timed out; it is not sent again, since Clay may have received it.", LoginDetails, cause),
        ClayConnectionException => new ClayConnectionException($"Clay login (POST /v3/auth/login) got no usable response: {cause.Message}", LoginDetails, cause),
        _ => mapped,
    };
}
