using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClayGen.Sandbox;

namespace ClayGen.Cli.Tests;

/// <summary>Reads a sandbox table's records over raw HTTP, to check what an import really stored.</summary>
internal static class SandboxRecords
{
    public static async Task<List<JsonObject>> ReadAllAsync(ClaySandbox sandbox, string tableId, string viewId)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        http.DefaultRequestHeaders.Add("Cookie", "claysession=" + sandbox.Session);
        var ids = (await http.GetFromJsonAsync<JsonObject>($"v3/tables/{tableId}/views/{viewId}/records/ids"))!["results"]!.AsArray()
            .Select(n => n!.GetValue<string>())
            .Where(id => id != "search")
            .ToList();
        var records = new List<JsonObject>(ids.Count);
        // The sandbox caps ids per bulk fetch, as Clay's clients assume it does.
        foreach (var chunk in ids.Chunk(ClaySandboxOptions.DefaultMaxBulkFetchRecords))
        {
            using var response = await http.PostAsJsonAsync($"v3/tables/{tableId}/bulk-fetch-records", new { recordIds = chunk });
            response.EnsureSuccessStatusCode();
            var results = (await response.Content.ReadFromJsonAsync<JsonObject>())!["results"]!.AsArray();
            records.AddRange(results.Select(r => r!.AsObject()));
        }

        return records;
    }

    /// <summary>The plain value of one cell of a record as the sandbox returns it.</summary>
    public static string? Cell(JsonObject record, string fieldId) => record["cells"]?[fieldId]?["value"]?.ToString();
}
