using System.Net;
using ClayGen.Tests.Reliability;

namespace ClayGen.Tests.Security;

/// <summary>A webhook auth token is a secret: the caller gets it, no log line or exception shows it.</summary>
public sealed class WebhookAuthTokenSecrecyTests
{
    private const string Token = "wh-token-5f1c9a7e2b4d4c0e8a6b";

    [Fact]
    public async Task The_issued_token_reaches_the_caller_and_no_log_record_even_at_trace()
    {
        using var logs = new LogCapture();
        using var clay = TestClients.Create(
            new RecordingHandler(_ => RecordingHandler.Json($$"""{"token":"{{Token}}"}""")),
            configure: o => o.LoggerFactory = logs.Factory);

        var issued = await clay.Sources.CreateWebhookAuthTokenAsync("s_1", new EmptyRequest());

        Assert.Equal(Token, issued.Token);
        Assert.NotEmpty(logs.RequestLines);
        Assert.All(logs.Records, r => Assert.DoesNotContain(Token, LogCapture.Everything(r), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_echoed_in_an_error_body_is_masked_in_the_exception()
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json($$"""{"type":"BadRequest","message":"Source is not a webhook","token":"{{Token}}"}""", HttpStatusCode.BadRequest)));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => clay.Sources.CreateWebhookAuthTokenAsync("s_1", new EmptyRequest()));

        Assert.Contains("Source is not a webhook", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_a_webhook_echoes_as_plain_text_is_scrubbed_by_value_from_the_exception()
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized)
        {
            Content = new StringContent($"token {Token} was revoked"),
        }));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => clay.Sources.SendToWebhookAsync("0000-aaaa", new WebhookRow(), Token));

        Assert.Contains("was revoked", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }
}
