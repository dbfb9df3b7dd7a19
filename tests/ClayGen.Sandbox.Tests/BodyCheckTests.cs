using System.Net;

namespace ClayGen.Sandbox.Tests;

/// <summary>The body checks every create and rename route shares, tried on each route that uses them.</summary>
public class BodyCheckTests
{
    public static TheoryData<string> CreateRoutes => ["tables", "sources", "workbooks"];

    public static TheoryData<string, string> RenameRoutesAndNames => new()
    {
        { "table", "\" \"" },
        { "table", "42" },
        { "field", "\"\"" },
        { "field", "true" },
        { "source", "\"\\t\"" },
        { "duplicate", "\"\"" },
    };

    [Theory]
    [MemberData(nameof(CreateRoutes))]
    public async Task A_create_without_workspaceId_is_400_and_with_another_workspace_is_404(string route)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var missing = await api.Post("v3/" + route, new { name = "X", type = "spreadsheet", tableId = sandbox.TableId });
        var other = await api.Post("v3/" + route, new { workspaceId = sandbox.WorkspaceId + 1, name = "X", type = "spreadsheet", tableId = sandbox.TableId });
        var notANumber = await api.Post("v3/" + route, new { workspaceId = "ws", name = "X", type = "spreadsheet", tableId = sandbox.TableId });

        Assert.Equal((HttpStatusCode.BadRequest, "workspaceId - Required"), (missing.Status, missing.Message));
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(HttpStatusCode.NotFound, notANumber.Status);
    }

    [Theory]
    [MemberData(nameof(CreateRoutes))]
    public async Task A_create_takes_the_workspace_as_a_number_or_a_numeric_string(string route)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var type = route == "sources" ? "webhook" : "spreadsheet";

        var asNumber = await api.Post("v3/" + route, new { workspaceId = sandbox.WorkspaceId, name = "A", type, tableId = sandbox.TableId });
        var asString = await api.Post("v3/" + route, new { workspaceId = api.Ws, name = "B", type, tableId = sandbox.TableId });

        Assert.Equal(HttpStatusCode.OK, asNumber.Status);
        Assert.Equal(HttpStatusCode.OK, asString.Status);
    }

    [Theory]
    [MemberData(nameof(RenameRoutesAndNames))]
    public async Task A_rename_to_a_blank_or_non_string_name_is_400_and_changes_nothing(string what, string nameJson)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var sourceId = (await api.Post("v3/sources", new { workspaceId = sandbox.WorkspaceId, tableId = sandbox.TableId, name = "Signups", type = "webhook" })).Json["id"]!.GetValue<string>();
        var fieldId = sandbox.FieldIds[0];
        var (method, path, read) = what switch
        {
            "table" => (HttpMethod.Patch, $"v3/tables/{sandbox.TableId}", $"v3/tables/{sandbox.TableId}"),
            "field" => (HttpMethod.Patch, $"v3/tables/{sandbox.TableId}/fields/{fieldId}", $"v3/tables/{sandbox.TableId}"),
            "source" => (HttpMethod.Patch, $"v3/sources/{sourceId}", $"v3/sources/{sourceId}"),
            _ => (HttpMethod.Post, $"v3/tables/{sandbox.TableId}/duplicate", $"v3/workspaces/{api.Ws}/tables"),
        };
        var before = (await api.Get(read)).Text;

        var result = await api.Send(method, path, "{\"name\": " + nameJson + "}");

        Assert.Equal((HttpStatusCode.BadRequest, "name - Expected non-empty string"), (result.Status, result.Message));
        Assert.Equal(before, (await api.Get(read)).Text);
    }
}
