using System.Net;
using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Tests;

public class FieldTests
{
    [Fact]
    public async Task Create_plain_field_appears_on_the_table()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var created = await api.Post($"v3/tables/{sandbox.TableId}/fields", new { name = "Website", type = "url", typeSettings = new { dataTypeSettings = new { type = "url" } }, activeViewId = sandbox.ViewId });

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var field = created.Json["field"]!;
        var id = field["id"]!.GetValue<string>();
        Assert.StartsWith("f_", id, StringComparison.Ordinal);
        Assert.Equal(("Website", "url", "url"), (field["name"]!.GetValue<string>(), field["type"]!.GetValue<string>(), field["typeSettings"]!["dataTypeSettings"]!["type"]!.GetValue<string>()));
        var table = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!;
        Assert.Contains(table["fields"]!.AsArray(), f => f!["id"]!.GetValue<string>() == id);
        Assert.Contains(id, SandboxApi.Strings(table["gridViews"]![0]!["fieldOrder"]));
    }

    [Fact]
    public async Task Create_action_field_binds_inputs_to_existing_fields()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var created = await api.Post($"v3/tables/{sandbox.TableId}/fields", ActionField("Work email", $"{{{{{sandbox.FieldIds[1]}}}}}"));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("action", created.Json["field"]!["type"]!.GetValue<string>());
        Assert.Equal("some-provider-find-email", created.Json["field"]!["typeSettings"]!["actionKey"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"type\": \"text\", \"typeSettings\": {\"dataTypeSettings\": {\"type\": \"text\"}}}", "name - Required")]
    [InlineData("{\"name\": \"Notes\", \"type\": \"text\"}", "Missing data type settings")]
    [InlineData("{\"name\": \"Notes\", \"type\": \"text\", \"typeSettings\": {}}", "Missing data type settings")]
    [InlineData("{\"name\": \"E\", \"type\": \"action\", \"typeSettings\": {\"inputsBinding\": []}}", "typeSettings.actionKey - Required")]
    [InlineData("{\"name\": \"E\", \"type\": \"action\", \"typeSettings\": {\"actionKey\": \"k\"}}", "typeSettings.inputsBinding - Required")]
    [InlineData("{\"name\": \"E\", \"type\": \"action\", \"typeSettings\": {\"actionKey\": \"k\", \"inputsBinding\": [{\"name\": \"d\", \"formulaText\": \"{{f_nope}}\"}]}}", "typeSettings.inputsBinding[0].formulaText - Field f_nope does not exist")]
    [InlineData("{\"name\": \"E\", \"type\": \"action\", \"typeSettings\": {\"actionKey\": \"k\", \"inputsBinding\": [{\"name\": \"d\"}, {\"formulaText\": \"x\"}]}}", "typeSettings.inputsBinding[1].name - Required")]
    public async Task Create_field_with_bad_input_is_400(string body, string message)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/fields", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_name_is_400_FieldNameAlreadyExists()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Post($"v3/tables/{sandbox.TableId}/fields", new { name = "domain", type = "text", typeSettings = new { dataTypeSettings = new { type = "text" } } });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("FieldNameAlreadyExists", result.Json["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_renames_and_replaces_type_settings_whole()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/tables/{sandbox.TableId}/fields/{sandbox.FieldIds[0]}";

        var renamed = await api.Patch(path, new { name = "Company" });
        var replaced = await api.Patch(path, new { typeSettings = new { formulaType = "text", formulaText = $"{{{{{sandbox.FieldIds[1]}}}}}", dataTypeSettings = new { type = "url" } } });
        var clash = await api.Patch(path, new { name = "Domain" });

        Assert.Equal("Company", renamed.Json["field"]!["name"]!.GetValue<string>());
        var settings = replaced.Json["field"]!["typeSettings"]!.AsObject();
        Assert.Equal(["formulaType", "formulaText", "dataTypeSettings"], settings.Select(p => p.Key));
        Assert.Equal("url", settings["dataTypeSettings"]!["type"]!.GetValue<string>());
        Assert.Equal("FieldNameAlreadyExists", clash.Json["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Patch($"v3/tables/{sandbox.TableId}/fields/f_nope", new { name = "x" })).Status);
    }

    [Fact]
    public async Task Delete_removes_the_field_and_its_cells()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var ids = await api.AddRecords(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" }]);
        var path = $"v3/tables/{sandbox.TableId}/fields/{sandbox.FieldIds[0]}";

        var deleted = await api.Delete(path, null);

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("{}", deleted.Text);
        var record = await api.Get($"v3/tables/{sandbox.TableId}/records/{ids[0]}");
        Assert.Null(record.Json["cells"]![sandbox.FieldIds[0]]);
        var fields = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["fields"]!.AsArray();
        Assert.DoesNotContain(fields, f => f!["id"]!.GetValue<string>() == sandbox.FieldIds[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Delete(path, null)).Status);
    }

    internal static JsonObject ActionField(string name, string domainFormula) => new()
    {
        ["name"] = name,
        ["type"] = "action",
        ["typeSettings"] = new JsonObject
        {
            ["actionKey"] = "some-provider-find-email",
            ["actionPackageId"] = "00000000-0000-0000-0000-000000000000",
            ["dataTypeSettings"] = new JsonObject { ["type"] = "json" },
            ["inputsBinding"] = new JsonArray(new JsonObject { ["name"] = "domain", ["formulaText"] = domainFormula }),
        },
    };
}
