using System.Net;
using Newtonsoft.Json.Linq;

namespace ClayGen.Tests.Lifecycle;

/// <summary>
/// A table behind the in-memory network: answers the table read, the record ids of its view and bulk
/// fetches (in reverse order, to prove the client restores it), and lets a test script each enrichment
/// cell's status over time. Every request is recorded.
/// </summary>
public sealed class FakeTable
{
    public const string TableId = "t_1";
    public const string ViewId = "gv_1";
    public const string EnrichField = "f_enrich";

    private readonly Lock _gate = new();
    private readonly List<List<string>> _fetches = [];

    public FakeTable(int rows)
    {
        RecordIds = Enumerable.Range(1, rows).Select(i => $"r_{i}").ToList();
        Network = new RecordingHandler(Respond);
    }

    public List<string> RecordIds { get; }

    /// <summary>Ids the bulk fetch leaves out of its answer.</summary>
    public HashSet<string> Deleted { get; } = new(StringComparer.Ordinal);

    /// <summary>The enrichment cell's status of a row at a time of <see cref="Clock"/>; <see langword="null"/> sends the cell without status. Unset: SUCCESS.</summary>
    public Func<string, TimeSpan, string?>? StatusAt { get; set; }

    /// <summary>The clock the statuses follow.</summary>
    public VirtualClock Clock { get; } = new();

    public RecordingHandler Network { get; }

    /// <summary>The ids of each bulk fetch, in the order they arrived.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Fetches
    {
        get
        {
            lock (_gate)
            {
                return [.. _fetches];
            }
        }
    }

    private HttpResponseMessage Respond(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path == $"/v3/tables/{TableId}")
        {
            return RecordingHandler.Json($$$"""{"table":{"id":"{{{TableId}}}","firstViewId":"{{{ViewId}}}","fields":[{"id":"f_domain","name":"Domain"},{"id":"{{{EnrichField}}}","name":"Email"}]}}""");
        }

        if (path == $"/v3/tables/{TableId}/views/{ViewId}/records/ids")
        {
            return RecordingHandler.Json(new JObject { ["results"] = new JArray(RecordIds.Prepend("search")) }.ToString());
        }

        if (path == $"/v3/tables/{TableId}/bulk-fetch-records")
        {
            var body = JObject.Parse(request.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            var ids = body["recordIds"]!.Values<string>().ToList();
            lock (_gate)
            {
                _fetches.Add(ids!);
            }

            var records = ids.Where(id => !Deleted.Contains(id!)).Reverse().Select(id => Record(id!));
            return RecordingHandler.Json(new JObject { ["results"] = new JArray(records) }.ToString());
        }

        return RecordingHandler.Json("""{"message":"NoMatchingURL"}""", HttpStatusCode.NotFound);
    }

    private JObject Record(string id)
    {
        var status = StatusAt is null ? "SUCCESS" : StatusAt(id, Clock.Waited);
        var enrich = new JObject { ["value"] = status == "SUCCESS" ? "Response" : null };
        if (status is not null)
        {
            enrich["metadata"] = new JObject { ["status"] = status };
        }

        if (status is not null && status.StartsWith("ERROR", StringComparison.Ordinal))
        {
            enrich["externalContent"] = new JObject { ["status"] = status, ["error"] = "Out of credits" };
        }

        return new JObject
        {
            ["id"] = id,
            ["tableId"] = TableId,
            ["cells"] = new JObject { ["f_domain"] = new JObject { ["value"] = id + ".example" }, [EnrichField] = enrich },
        };
    }
}
