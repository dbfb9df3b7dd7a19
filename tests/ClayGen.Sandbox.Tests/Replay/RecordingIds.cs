using System.Net;

namespace ClayGen.Sandbox.Tests.Replay;

/// <summary>
/// The placeholder ids and credentials the recordings use, each mapped to a sandbox resource of the
/// same kind (created here when the seed has none). A recording with an id missing here fails the
/// replay, so a new recording cannot pass by hitting a 404 by accident.
/// </summary>
internal static class RecordingIds
{
    public const string Marker = "0tq8m";

    public static async Task<Dictionary<string, string>> MapAsync(SandboxApi api)
    {
        var sandbox = api.Sandbox;
        var folder = await api.Post($"v3/workspaces/{api.Ws}/folders", new { name = "Recorded folder" });
        var workbook = await api.Post("v3/workbooks", new { name = "Recorded workbook", workspaceId = sandbox.WorkspaceId });
        var records = await api.AddRecords(sandbox.TableId, Enumerable.Range(0, 3).Select(_ => new Dictionary<string, object?>()));
        var sources = await api.Get($"v3/sources?workspaceId={api.Ws}");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { folder.Status, workbook.Status, sources.Status });

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["t_0tq8m7QwEr2C"] = sandbox.TableId,
            ["gv_0tq8mDefault"] = sandbox.ViewId,
            ["f_0tq8mA1company"] = sandbox.FieldIds[0],
            ["f_0tq8mA2employees"] = sandbox.FieldIds[2],
            ["f_0tq8mB1enrich"] = sandbox.FieldIds[3],
            ["f_0tq8m2hKp3Lx"] = folder.Json["id"]!.GetValue<string>(),
            ["wb_0tq8m5XyZa1B"] = workbook.Json["id"]!.GetValue<string>(),
            ["r_0tq8mRec0001"] = records[0],
            ["r_0tq8mRec0002"] = records[1],
            ["r_0tq8mRec0003"] = records[2],
            ["s_0tq8mWebhook1"] = sources.Json[0]!["id"]!.GetValue<string>(),
            ["user@example.com"] = sandbox.Email,
            ["placeholder-password"] = sandbox.Password,
        };
    }

    public static string Apply(string text, IReadOnlyDictionary<string, string> map)
    {
        foreach (var (recorded, sandbox) in map)
        {
            text = text.Replace(recorded, sandbox, StringComparison.Ordinal);
        }

        return text;
    }
}
