using System.Globalization;
using System.Text;
using ClayGen.ContractTests.Infrastructure;
using Newtonsoft.Json.Linq;
using WireMock.Logging;

namespace ClayGen.ContractTests.Checks;

/// <summary>
/// Whether the requests the client sent are exactly the ones a recording expects. WireMock decides the
/// match; this adds what its matchers let through (an extra query parameter, a body or a session
/// where none was recorded) and, for a request that matched nothing, a message built from WireMock's
/// closest mapping (<see cref="ILogEntry.PartialMappingGuid"/>, <see cref="ILogEntry.PartialMatchResult"/>).
/// </summary>
public static class RequestCheck
{
    // Clock granularity between WireMock's request timestamps.
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(50);

    public static IReadOnlyList<string> Problems(IReadOnlyList<ILogEntry> entries, Recording recording)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(recording);
        var problems = new List<string>();
        if (entries.Count != recording.Mappings.Count)
        {
            problems.Add($"{recording}: expected {recording.Mappings.Count} request(s), the client sent {entries.Count}" +
                string.Concat(entries.Select(e => Environment.NewLine + "  sent: " + SentRequest.From(e.RequestMessage!).PathAndQuery)));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var index = IndexOf(recording, entry.MappingGuid);
            if (index < 0)
            {
                problems.Add(DescribeUnmatched(entry, recording));
                continue;
            }

            problems.AddRange(Exactness(SentRequest.From(entry.RequestMessage!), RecordedRequest.From(recording.Json[index]), recording));
            if (i > 0 && WaitAskedBefore(entries[i - 1], recording) is { } asked)
            {
                var waited = entry.RequestMessage!.DateTime - entries[i - 1].RequestMessage!.DateTime;
                if (waited < asked - Tolerance)
                {
                    problems.Add($"{recording}: Clay asked for Retry-After {asked.TotalSeconds:0.###} s, the client retried after {waited.TotalMilliseconds:0} ms.");
                }
            }
        }

        return problems;
    }

    /// <summary>Explains a request that matched no mapping: what was sent, the closest mapping, and each difference.</summary>
    public static string DescribeUnmatched(ILogEntry entry, Recording recording)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(recording);
        var sent = SentRequest.From(entry.RequestMessage!);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"The client's request matched no mapping of {recording}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  sent:    {sent.Method} {sent.PathAndQuery}");
        text.AppendLine(CultureInfo.InvariantCulture, $"           Cookie: {sent.Cookie ?? "(none)"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"           Body: {sent.Body ?? "(none)"}");

        var closest = IndexOf(recording, entry.PartialMappingGuid);
        if (closest < 0)
        {
            text.Append("  closest: none (WireMock found no mapping that matched any part of the request).");
            return text.ToString();
        }

        var score = entry.PartialMatchResult?.AverageTotalScore ?? 0;
        text.AppendLine(CultureInfo.InvariantCulture, $"  closest: \"{entry.PartialMappingTitle}\" (mapping {closest} of {recording}), {score:P0} of its matchers matched");
        var failed = entry.PartialMatchResult?.MatchDetails?.Where(d => d.Score < 1).Select(d => d.Name).Distinct().ToList() ?? [];
        if (failed.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"           WireMock's failing matchers: {string.Join(", ", failed)}");
        }

        foreach (var line in Differences(sent, RecordedRequest.From(recording.Json[closest])))
        {
            text.AppendLine("           " + line);
        }

        return text.ToString().TrimEnd();
    }

    private static IEnumerable<string> Differences(SentRequest sent, RecordedRequest expected)
    {
        if (expected.Methods.Count > 0 && !expected.Methods.Contains(sent.Method))
        {
            yield return $"✗ method: recorded {string.Join('|', expected.Methods)}, sent {sent.Method}";
        }

        if (expected.Path is not null && !string.Equals(expected.Path, sent.Path, StringComparison.Ordinal))
        {
            yield return $"✗ path: recorded {expected.Path}, sent {sent.Path}";
        }

        foreach (var (name, value) in expected.Params)
        {
            var sentValue = sent.QueryValue(name);
            if (!string.Equals(sentValue, value, StringComparison.Ordinal))
            {
                yield return $"✗ query {name}: recorded '{value}', sent {(sentValue is null ? "nothing" : $"'{sentValue}'")}";
            }
        }

        foreach (var extra in ExtraQueryNames(sent, expected))
        {
            yield return $"✗ query {extra}: sent, not recorded";
        }

        if (expected.Cookie is not null && !string.Equals(expected.Cookie, sent.Cookie, StringComparison.Ordinal))
        {
            yield return $"✗ cookie: recorded '{expected.Cookie}', sent '{sent.Cookie ?? "(none)"}'";
        }

        if (expected.BodyPattern is not null && !SameBody(expected, sent.Body))
        {
            yield return $"✗ body: recorded {Compact(expected.BodyPattern)}, sent {sent.Body ?? "(none)"}";
        }
    }

    // WireMock's matchers accept a request with more than was recorded; a contract does not.
    private static IEnumerable<string> Exactness(SentRequest sent, RecordedRequest expected, Recording recording)
    {
        foreach (var extra in ExtraQueryNames(sent, expected))
        {
            yield return $"{recording}: the client sent query parameter '{extra}', which the recording does not have ({sent.PathAndQuery}).";
        }

        if (expected.Cookie is null && sent.Cookie?.Contains("claysession", StringComparison.OrdinalIgnoreCase) == true)
        {
            yield return $"{recording}: the client sent a session cookie where the recording has none.";
        }

        if (expected.BodyMatcher is null && sent.Body is not null)
        {
            yield return $"{recording}: the client sent a body where the recording has none: {sent.Body}";
        }
    }

    private static IEnumerable<string> ExtraQueryNames(SentRequest sent, RecordedRequest expected) =>
        sent.Query.Select(q => q.Key).Where(name => expected.Params.All(p => !string.Equals(p.Key, name, StringComparison.Ordinal))).Distinct();

    private static bool SameBody(RecordedRequest expected, string? body)
    {
        if (body is null)
        {
            return false;
        }

        return expected.BodyMatcher == "JsonMatcher"
            ? JsonText.TryParse(body) is { } json && JToken.DeepEquals(NormalizedPattern(expected.BodyPattern!), json)
            : string.Equals(expected.BodyPattern!.ToString(), body, StringComparison.Ordinal);
    }

    private static JToken NormalizedPattern(JToken pattern) =>
        pattern is JValue { Type: JTokenType.String } text ? JsonText.Parse((string)text!) : pattern;

    private static string Compact(JToken token) => token is JValue { Type: JTokenType.String } text ? (string)text! : token.ToString(Newtonsoft.Json.Formatting.None);

    private static TimeSpan? WaitAskedBefore(ILogEntry previous, Recording recording)
    {
        var index = IndexOf(recording, previous.MappingGuid);
        return index >= 0
            && Recording.ResponseHeader(recording.Json[index], "Retry-After") is { } header
            && int.TryParse(header, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static int IndexOf(Recording recording, Guid? guid)
    {
        for (var i = 0; guid is not null && i < recording.Mappings.Count; i++)
        {
            if (recording.Mappings[i].Guid == guid)
            {
                return i;
            }
        }

        return -1;
    }
}
