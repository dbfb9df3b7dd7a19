using ClayGen.ContractTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ClayGen.ContractTests.Scenarios;

/// <summary>Result checks for calls whose result is not the operation's model as recorded.</summary>
public static class Verifications
{
    /// <summary>The default: every recorded value is in the result serialised back to JSON.</summary>
    public static void RecordedValues(object? result, Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var body = Recording.JsonBody(recording.Final) ?? throw new InvalidOperationException($"{recording} has no JSON body to compare with.");
        var actual = result is null ? null : JToken.FromObject(result);
        var differences = JsonSubset.Differences(body, actual);
        Assert.True(differences.Count == 0, $"{recording}: the typed result lost recorded values:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
    }

    /// <summary>Login: the session is the one the recorded <c>Set-Cookie</c> hands out.</summary>
    public static void IssuedSession(object? result, Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var setCookie = Recording.ResponseHeader(recording.Final, "Set-Cookie");
        Assert.NotNull(setCookie);
        var expected = setCookie.Split(';')[0]["claysession=".Length..];
        var session = Assert.IsType<ClaySession>(result);
        Assert.Equal(expected, session.CookieValue);
    }

    /// <summary>Some responses carry the table without its <c>{"table": ...}</c> wrapper; the client reads it the same.</summary>
    public static void UnwrappedTable(object? result, Recording recording) => Unwrapped<TableResponse>(r => r.Table)(result, recording);

    /// <summary>
    /// A body that is the bare object where the response usually wraps it (<c>{"field": ...}</c>,
    /// <c>{"source": ...}</c>, <c>{"workspace": ...}</c>): every recorded value is in the inner model.
    /// </summary>
    public static Action<object?, Recording> Unwrapped<TResponse>(Func<TResponse, object?> inner) => (result, recording) =>
    {
        ArgumentNullException.ThrowIfNull(recording);
        var body = Recording.JsonBody(recording.Final)!;
        var model = inner(Assert.IsType<TResponse>(result));
        Assert.NotNull(model);
        var differences = JsonSubset.Differences(body, JToken.FromObject(model));
        Assert.True(differences.Count == 0, $"{recording}: the bare body did not land in the inner model:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
    };

    /// <summary>
    /// A bulk fetch that asked for an id Clay does not have: the recorded records come back as
    /// recorded, and the missing id is simply absent (not an error, not an empty record).
    /// </summary>
    public static Action<object?, Recording> RecordsWithout(string missingId) => (result, recording) =>
    {
        RecordedValues(result, recording);
        var asked = recording.Json[0].SelectToken("Request.Body.Matcher.Pattern.recordIds")!.Values<string>().ToList();
        Assert.Contains(missingId, asked);
        var answered = Recording.JsonBody(recording.Final)!["results"]!.Select(r => (string)r["id"]!).ToList();
        Assert.DoesNotContain(missingId, answered);
        Assert.Equal(answered, Assert.IsType<RecordResults>(result).Results.Select(r => r.Id));
    };

    /// <summary>The record ids in recorded order, without Clay's <c>"search"</c> placeholder.</summary>
    public static void RecordIdsWithoutPlaceholder(object? result, Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var recorded = Recording.JsonBody(recording.Final)!["results"]!.Values<string>().ToList();
        Assert.Contains(RecordIdList.SearchPlaceholder, recorded);
        var ids = Assert.IsAssignableFrom<IEnumerable<string>>(result).ToList();
        Assert.Equal(recorded.Where(id => id != RecordIdList.SearchPlaceholder), ids);
    }

    /// <summary>The row count, whichever key Clay used.</summary>
    public static void TotalFromEitherKey(object? result, Recording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        RecordedValues(result, recording);
        var body = Recording.JsonBody(recording.Final)!;
        var recorded = (long?)body["tableTotalRecordsCount"] ?? (long?)body["count"];
        Assert.NotNull(recorded);
        Assert.Equal(recorded, Assert.IsType<RowCount>(result).Total);
    }

    /// <summary>The catalog's actions of one provider type, in catalog order.</summary>
    public static Action<object?, Recording> ActionsOfProvider(string providerType) => (result, recording) =>
    {
        var recorded = Recording.JsonBody(recording.Final)!["actions"]!
            .Where(a => string.Equals((string?)a["auth"]?["providerType"], providerType, StringComparison.OrdinalIgnoreCase))
            .Select(a => (string)a["key"]!)
            .ToList();
        var actions = Assert.IsAssignableFrom<IEnumerable<ActionDefinition>>(result).Select(a => a.Key).ToList();
        Assert.NotEmpty(actions);
        Assert.Equal(recorded, actions);
        Assert.True(Recording.JsonBody(recording.Final)!["actions"]!.Count() > actions.Count, "the catalog should hold other providers' actions too, or the filter is untested");
    };
}
