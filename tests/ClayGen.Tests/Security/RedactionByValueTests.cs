using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClayGen.Tests.Infrastructure;
using ClayGen.Tests.Reliability;

namespace ClayGen.Tests.Security;

/// <summary>
/// The client scrubs every secret it holds by value (session cookie, password), at any length and in
/// the forms it sends them or a server echoes them, and masks the email; whatever the body's shape.
/// </summary>
public sealed class RedactionByValueTests
{
    private const string Email = "sam.planted@example.com";
    private const string MaskedEmail = "s***@example.com";

    public static TheoryData<string, string, string> Plantings
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (session, password) in new[]
            {
                // A 3-character session id and a 3-character password: shorter than any pattern would notice.
                ("s%3AZq7.K2w", "Pw7"),
                ("s%3AlongPlantedSessionIdentifier0123456789.LongSignatureValueQwerty%2Fzz", "correct horse&battery=staple/ünï\"9"),
            })
            {
                foreach (var shape in new[] { "json", "prose", "html" })
                {
                    data.Add(session, password, shape);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Plantings))]
    public async Task Secrets_echoed_in_a_failure_reach_no_message_detail_data_tostring_or_log(string sessionValue, string password, string shape)
    {
        var session = ClaySession.FromCookie(sessionValue);
        var echo = Echo(sessionValue, password);
        var network = new RecordingHandler(_ => Respond(HttpStatusCode.BadRequest, shape, echo, password));
        using var logs = new LogCapture();
        using var clay = TestClients.Create(network, session, o =>
        {
            o.Email = Email;
            o.Password = password;
            o.LoggerFactory = logs.Factory;
        });

        var ex = await Assert.ThrowsAsync<ClayValidationException>(() => clay.Tables.CountRowsAsync("t_1"));
        ex.Data["echo"] = echo;

        var shown = Everything(ex) + "\n" + string.Join("\n", logs.Records.Select(LogCapture.Everything));
        AssertNoSecret(shown, sessionValue, password);
        Assert.DoesNotContain(Email, shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(Email), shown, StringComparison.OrdinalIgnoreCase);

        // Scrubbed, not dropped: the rest of what Clay said is still there, and the email is recognisable.
        Assert.Contains("Clay said:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(MaskedEmail, ex.ClayMessage, StringComparison.Ordinal);
        Assert.NotEmpty(logs.RequestLines);
    }

    [Theory]
    [InlineData("Pw7")]
    [InlineData("a much longer planted password, with spaces & symbols=9")]
    public async Task A_refused_login_does_not_echo_the_password_and_masks_the_email(string password)
    {
        var network = new RecordingHandler(_ => Respond(
            HttpStatusCode.Unauthorized,
            "json",
            $"Wrong password {password} for {Email} ({Uri.EscapeDataString(password)}, {Uri.EscapeDataString(Email)})",
            password));
        using var clay = TestClients.Create(network, configure: o =>
        {
            o.Session = null;
            o.Email = Email;
            o.Password = password;
        });

        var ex = await Assert.ThrowsAnyAsync<ClayAuthenticationException>(() => clay.Tables.CountRowsAsync("t_1"));

        var shown = Everything(ex);
        AssertNoSecret(shown, null, password);
        Assert.DoesNotContain(Email, shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(MaskedEmail, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_made_outside_a_client_scrubs_its_own_credentials_too()
    {
        const string password = "Pw7";
        var network = new RecordingHandler(_ => Respond(HttpStatusCode.Unauthorized, "prose", $"bad login {Email} / {password}", password));
        using var http = new HttpClient(network) { BaseAddress = new Uri("https://api.clay.test/") };

        var ex = await Assert.ThrowsAnyAsync<ClayAuthenticationException>(() => new AuthClient(http).FetchSessionAsync(Email, password));

        AssertNoSecret(Everything(ex), null, password);
        Assert.Contains(MaskedEmail, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_echoed_after_a_relogin_is_scrubbed_old_and_new()
    {
        const string oldSession = "s%3AOld1.Sg1";
        const string newSession = "s%3ANew2.Sg2";
        var calls = 0;
        var network = new RecordingHandler(request =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/auth/login", StringComparison.Ordinal))
            {
                var login = RecordingHandler.Json("{}");
                login.Headers.Add("Set-Cookie", $"claysession={newSession}; Path=/");
                return login;
            }

            return ++calls == 1
                ? RecordingHandler.Json("{}", HttpStatusCode.Unauthorized)
                : Respond(HttpStatusCode.InternalServerError, "prose", $"sessions Old1 and New2 ({oldSession}, {newSession}) broke", "pw-long-enough");
        });
        using var clay = TestClients.Create(network, ClaySession.FromCookie(oldSession), o =>
        {
            o.Email = Email;
            o.Password = "pw-long-enough";
        });

        var ex = await Assert.ThrowsAsync<ClayServerException>(() => clay.Tables.CountRowsAsync("t_1"));

        var shown = Everything(ex);
        AssertNoSecret(shown, oldSession, "pw-long-enough");
        AssertNoSecret(shown, newSession, "pw-long-enough");
    }

    [Fact]
    public void Short_secrets_are_scrubbed_as_words_without_mangling_longer_words()
    {
        var secrets = Http.ClaySecrets.Of(ClaySession.FromCookie("s%3Aab1.c2"), Email, "tab");

        var text = secrets.Redact("table tab ab1 xab1 c2 \"tab\" sam.planted@example.com");

        Assert.Equal("table [redacted] [redacted] xab1 [redacted] \"[redacted]\" s***@example.com", text);
    }

    /// <summary>Every secret, in each form a server could echo it: raw, URL-encoded, decoded, JSON- and HTML-escaped, and the session id and signature alone.</summary>
    private static string Echo(string sessionValue, string password)
    {
        var decoded = Uri.UnescapeDataString(sessionValue);
        var parts = decoded[2..].Split('.', 2);
        return string.Join(
            " | ",
            $"cookie {sessionValue}",
            $"decoded {decoded}",
            $"sid {parts[0]} sig {parts[1]}",
            $"password {password}",
            $"form {WebUtility.UrlEncode(password)}",
            $"uri {Uri.EscapeDataString(password)}",
            $"html {WebUtility.HtmlEncode(password)}",
            $"user {Email}",
            $"user-encoded {Uri.EscapeDataString(Email)}");
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, string shape, string echo, string password)
    {
        var (body, mediaType) = shape switch
        {
            "json" => (Newtonsoft.Json.JsonConvert.SerializeObject(new { message = echo, detail = echo }), "application/json"),
            "html" => ($"<html><head><title>{WebUtility.HtmlEncode(password)} for {Email}</title></head><body>{WebUtility.HtmlEncode(echo)}</body></html>", "text/html"),
            _ => (echo + "\nsecond line " + echo, "text/plain"),
        };
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

        // An allow-listed header is shown, so an echo in it must be scrubbed by value.
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req-" + Uri.EscapeDataString(password));
        return response;
    }

    private static string Everything(ClayApiException ex) => string.Join(
        "\n",
        new[] { ex.Message, ex.ToString(), ex.ResponseExcerpt, ex.ClayMessage, ex.RequestPath, ex.RequestId }
            .Concat(ex.Headers.SelectMany(h => h.Value.Select(v => h.Key + ": " + v)))
            .Concat(ex.Data.Values.Cast<object?>().Select(v => v?.ToString())));

    private static void AssertNoSecret(string text, string? sessionValue, string password)
    {
        var forms = new List<string>();
        void Add(string secret) => forms.AddRange([secret, Uri.EscapeDataString(secret), WebUtility.UrlEncode(secret), Uri.UnescapeDataString(secret), WebUtility.HtmlEncode(secret)]);
        Add(password);
        if (sessionValue is not null)
        {
            Add(sessionValue);
            var parts = Uri.UnescapeDataString(sessionValue)[2..].Split('.', 2);
            Add(parts[0]);
            Add(parts[1]);
        }

        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            // A short secret counts as leaked where it stands as a word of its own.
            var leaked = form.Length < Http.ClaySecrets.WholeWordBelow
                ? Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{Nd}}]){Regex.Escape(form)}(?![\p{{L}}\p{{Nd}}])", RegexOptions.IgnoreCase)
                : text.Contains(form, StringComparison.OrdinalIgnoreCase);
            Assert.False(leaked, $"the secret form '{form}' leaked:\n{text}");
        }
    }
}
