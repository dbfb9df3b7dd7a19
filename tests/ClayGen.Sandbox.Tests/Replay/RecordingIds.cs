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
        var table = await api.Get($"v3/tables/{sandbox.TableId}");
        var export = await api.Post($"v3/tables/{sandbox.TableId}/export", new { format = "csv" });
        var accounts = await api.Get($"v3/workspaces/{api.Ws}/app-accounts");
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { folder.Status, workbook.Status, sources.Status, table.Status, export.Status, accounts.Status });
        var webhook = sources.Json.AsArray().First(s => s!["webhookUrl"] is not null)!["webhookUrl"]!.GetValue<string>();

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
            ["f_0tq8mC1domain"] = sandbox.FieldIds[1],
            ["gv_0tq8mAllRows"] = table.Json["table"]!["views"]![1]!["id"]!.GetValue<string>(),
            ["ej_0tq8mExp001"] = export.Json["id"]!.GetValue<string>(),
            ["aa_0tq8mAcct01"] = accounts.Json[0]!["id"]!.GetValue<string>(),
            ["3f9c2d1e-7a4b-4c8d-9e0f-1a2b3c4d5e6f"] = webhook[(webhook.LastIndexOf("-webhook-", StringComparison.Ordinal) + "-webhook-".Length)..],

            // Asked for on purpose and absent from Clay's answer: an id the sandbox has never had either.
            ["r_0tq8mRec0404"] = "r_neverExisted0404",
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
