using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen;

public partial class SourcesClient
{
    /// <inheritdoc />
    public virtual Task<WebhookSendResult> SendToWebhookAsync(Uri webhookUrl, IEnumerable<object> rows, WebhookSendOptions? options = null, CancellationToken cancellationToken = default)
    {
        var webhookId = WebhookIdOf(webhookUrl, _httpClient.BaseAddress);
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new WebhookSendOptions();
        options.Validate(nameof(options));
        return SendRowsAsync(webhookId, rows, options, cancellationToken);
    }

    /// <summary>The webhook's id, from a URL that must be Clay's ingestion route on the client's own origin.</summary>
    internal static string WebhookIdOf(Uri webhookUrl, Uri? clay)
    {
        ArgumentNullException.ThrowIfNull(webhookUrl);
        if (!webhookUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"'{webhookUrl}' is not an absolute URL; give the webhook's full ingestion URL.", nameof(webhookUrl));
        }

        if (clay is not null && Uri.Compare(webhookUrl, clay, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new ArgumentException($"The webhook URL's origin {webhookUrl.GetLeftPart(UriPartial.Authority)} is not this client's Clay ({clay.GetLeftPart(UriPartial.Authority)}); use a client for that address.", nameof(webhookUrl));
        }

        var match = WebhookPath().Match(webhookUrl.AbsolutePath);
        if (!match.Success || webhookUrl.Query.Length > 0 || webhookUrl.Fragment.Length > 0)
        {
            throw new ArgumentException($"'{webhookUrl.AbsolutePath}' is not a webhook ingestion URL (/v3/sources/webhook/pull-in-data-from-a-webhook-<id>).", nameof(webhookUrl));
        }

        return match.Groups["id"].Value;
    }

    private async Task<WebhookSendResult> SendRowsAsync(string webhookId, IEnumerable<object> rows, WebhookSendOptions options, CancellationToken cancellationToken)
    {
        var pacer = new WebhookPacer(options.TimeProvider ?? Clock, options.RowsPerSecond, options.Burst);
        var failures = new List<WebhookRowFailure>();
        long sent = 0;
        long index = -1;
        foreach (var row in rows)
        {
            index++;
            cancellationToken.ThrowIfCancellationRequested();
            var (payload, rejection) = ToPayload(row);
            if (payload is null)
            {
                failures.Add(new WebhookRowFailure(index, WebhookRowOutcome.Rejected, rejection!));
            }
            else
            {
                var (failure, stop) = await SendOneAsync(webhookId, index, payload, pacer, options, cancellationToken).ConfigureAwait(false);
                if (failure is null)
                {
                    sent++;
                }
                else
                {
                    failures.Add(failure);
                }

                if (stop)
                {
                    options.Progress?.Report(new WebhookSendProgress(sent, failures.Count));
                    return new WebhookSendResult(sent, failures, $"{failure!.Reason} Rows after #{index} were not sent.");
                }
            }

            options.Progress?.Report(new WebhookSendProgress(sent, failures.Count));
        }

        return new WebhookSendResult(sent, failures, null);
    }

    // One row: a 429 is sent again after the wait Clay asked for (it was not taken); anything that may have
    // reached Clay is never sent again. Returns the failure, if any, and whether the rest cannot succeed either.
    private async Task<(WebhookRowFailure? Failure, bool Stop)> SendOneAsync(string webhookId, long index, WebhookRow payload, WebhookPacer pacer, WebhookSendOptions options, CancellationToken cancellationToken)
    {
        var time = options.TimeProvider ?? Clock;
        var backoff = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await SendToWebhookAsync(webhookId, payload, options.AuthToken, cancellationToken).ConfigureAwait(false);
                return (null, false);
            }
            catch (ClayRateLimitedException ex)
            {
                if (attempt >= options.MaxRateLimitedAttempts)
                {
                    return (new WebhookRowFailure(index, WebhookRowOutcome.RateLimited, $"Clay answered 429 {attempt} times: {ex.Message}"), false);
                }

                pacer.Drain();
                await Task.Delay(ex.RetryAfter ?? backoff, time, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromSeconds(Math.Min(backoff.TotalSeconds * 2, 30));
            }
            catch (ClayApiException ex) when (ex.Details.StatusCode is 401 or 403 or 404)
            {
                return (new WebhookRowFailure(index, WebhookRowOutcome.Refused, $"Clay answered {ex.Details.StatusCode}: {ex.Message}"), true);
            }
            catch (ClayApiException ex) when (ex.Details.StatusCode is >= 400 and < 500)
            {
                return (new WebhookRowFailure(index, WebhookRowOutcome.Refused, $"Clay answered {ex.Details.StatusCode}: {ex.Message}"), false);
            }
            catch (ClayApiException ex)
            {
                return (new WebhookRowFailure(index, WebhookRowOutcome.Unknown, $"The row may have arrived ({ex.GetType().Name}: {ex.Message}); it was not sent again."), false);
            }
        }
    }

    // The row as Clay takes it, or why it cannot be sent: read once, measured once.
    private static (WebhookRow? Payload, string? Rejection) ToPayload(object? row)
    {
        var json = row switch
        {
            null => null,
            JObject obj => obj,
            string text => TryParseObject(text),
            _ => JToken.FromObject(row) as JObject,
        };
        if (json is null)
        {
            return (null, row is null ? "The row is null." : "The row is not a JSON object (Clay takes one object per request; an array would count as one record).");
        }

        if (Encoding.UTF8.GetByteCount(json.ToString(Formatting.None)) > ClayLimits.MaxWebhookPayloadBytes)
        {
            return (null, $"The row is larger than ClayLimits.MaxWebhookPayloadBytes ({ClayLimits.MaxWebhookPayloadBytes:N0} bytes).");
        }

        var payload = new WebhookRow();
        foreach (var property in json.Properties())
        {
            payload.AdditionalProperties[property.Name] = property.Value;
        }

        return (payload, null);
    }

    private static JObject? TryParseObject(string text)
    {
        try
        {
            return JToken.Parse(text) as JObject;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    [GeneratedRegex("^/v3/sources/webhook/pull-in-data-from-a-webhook-(?<id>[A-Za-z0-9-]+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WebhookPath();
}
