using System.Globalization;
using System.Text;

namespace ClayGen.Benchmarks.Fixtures;

/// <summary>
/// The response bodies the canned transports serve, built once, in the shapes Clay sends (fields the
/// spec models, so every client parses the same data).
/// </summary>
public sealed class CannedBodies
{
    private CannedBodies(int recordIds)
    {
        Count = Encoding.UTF8.GetBytes("""{"tableTotalRecordsCount":1523}""");
        Resources = Encoding.UTF8.GetBytes(BuildResources(BenchmarkSizes.Resources));
        CreditReport = Encoding.UTF8.GetBytes(BuildCreditReport());
        RecordIdCount = recordIds;
        RecordIds = recordIds > 0 ? BuildRecordIds(recordIds) : [];
    }

    /// <summary><c>GET v3/tables/{id}/count</c>: a tiny object.</summary>
    public byte[] Count { get; }

    /// <summary><c>POST v3/workspaces/{id}/resources_v2/</c>: 200 resources.</summary>
    public byte[] Resources { get; }

    /// <summary><c>GET v3/credit-reporting/...</c>: a folder, workbook, table, source tree of 318 entities.</summary>
    public byte[] CreditReport { get; }

    /// <summary><c>GET v3/tables/{id}/views/{id}/records/ids</c>, with Clay's <c>"search"</c> placeholder first.</summary>
    public byte[] RecordIds { get; }

    /// <summary>The real ids in <see cref="RecordIds"/> (the placeholder not counted).</summary>
    public int RecordIdCount { get; }

    /// <summary>Builds the bodies; <paramref name="recordIds"/> sizes the id list (0 for none).</summary>
    /// <param name="recordIds">How many record ids the id list holds.</param>
    public static CannedBodies Create(int recordIds = 0) => new(recordIds);

    /// <summary>The body for a request path, or <see langword="null"/> for an unknown route.</summary>
    /// <param name="path">The request's absolute path.</param>
    public byte[]? ForPath(string path)
    {
        if (path.EndsWith("/count", StringComparison.Ordinal))
        {
            return Count;
        }

        if (path.EndsWith("/records/ids", StringComparison.Ordinal))
        {
            return RecordIds;
        }

        if (path.Contains("/resources_v2/", StringComparison.Ordinal))
        {
            return Resources;
        }

        return path.Contains("/credit-reporting/", StringComparison.Ordinal) ? CreditReport : null;
    }

    private static string BuildResources(int count)
    {
        var json = new StringBuilder("""{"resources":[""");
        for (var i = 0; i < count; i++)
        {
            var (type, prefix) = (i % 3) switch { 0 => ("FOLDER", "f_"), 1 => ("WORKBOOK", "wb_"), _ => ("TABLE", "t_") };
            var parent = i % 4 == 0 ? "null" : $"\"f_0parent{i % 7:D4}\"";
            json.Append(i == 0 ? string.Empty : ",")
                .Append(CultureInfo.InvariantCulture, $$"""{"id":"{{prefix}}0res{{i:D10}}","name":"Outbound campaign {{i}} (EMEA)","resourceType":"{{type}}","parentFolderId":{{parent}},"ownerId":4515,"workspaceId":{{ClayIds.WorkspaceId}}}""");
        }

        return json.Append("]}").ToString();
    }

    private static string BuildCreditReport()
    {
        // 6 folders x 4 workbooks x 4 tables x 2 sources, as Clay nests them.
        var json = new StringBuilder("""{"entities":[""");
        for (var f = 0; f < 6; f++)
        {
            json.Append(f == 0 ? string.Empty : ",");
            Entity(json, $"f_0folder{f:D4}", $"Folder {f}", "folder", 15109.5 - f, 12266 - f, () =>
            {
                for (var w = 0; w < 4; w++)
                {
                    json.Append(w == 0 ? string.Empty : ",");
                    Entity(json, $"wb_0wb{f:D2}{w:D4}", $"Workbook {f}.{w}", "workbook", 1200.25 + w, 900 + w, () =>
                    {
                        for (var t = 0; t < 4; t++)
                        {
                            json.Append(t == 0 ? string.Empty : ",");
                            Entity(json, $"t_0t{f:D2}{w:D2}{t:D4}", $"Table {f}.{w}.{t}", "table", 300.75 + t, 220 + t, () =>
                            {
                                for (var s = 0; s < 2; s++)
                                {
                                    json.Append(s == 0 ? string.Empty : ",");
                                    Entity(json, $"s_0s{f:D2}{w:D2}{t:D2}{s:D2}", $"Enrich with Clearbit {s}", "source", 150.375, 110, null);
                                }
                            });
                        }
                    });
                }
            });
        }

        return json.Append("""],"unattributedCredits":12.5,"unattributedActionExecutions":3}""").ToString();
    }

    private static void Entity(StringBuilder json, string id, string name, string kind, double credits, long executions, Action? children)
    {
        json.Append(CultureInfo.InvariantCulture, $$"""{"id":"{{id}}","entity":{"name":"{{name}}","isDeleted":false,"__kind":"{{kind}}"},"credits":{{credits}},"actionExecutions":{{executions}},"subentities":[""");
        children?.Invoke();
        json.Append("]}");
    }

    /// <summary>
    /// The id list of a view of <paramref name="count"/> records, as <c>GET v3/tables/{id}/views/{id}/records/ids</c>
    /// sends it; record <c>i</c> is <see cref="RecordId"/>(i).
    /// </summary>
    /// <param name="count">How many record ids the list holds.</param>
    public static byte[] BuildRecordIds(int count)
    {
        // "r_" + 18 characters, as Clay's ids are: about 23 bytes per id on the wire.
        var json = new StringBuilder(capacity: (count + 1) * 24 + 16).Append("""{"results":["search""");
        for (var i = 0; i < count; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"\",\"r_0{i:D11}bCdEfG");
        }

        return Encoding.UTF8.GetBytes(json.Append("\"]}").ToString());
    }

    /// <summary>The id of record <paramref name="index"/> in <see cref="BuildRecordIds"/>'s list.</summary>
    /// <param name="index">The record's position in the list.</param>
    public static string RecordId(int index) => string.Create(CultureInfo.InvariantCulture, $"r_0{index:D11}bCdEfG");
}
