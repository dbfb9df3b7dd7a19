using System.Net;

namespace ClayGen.Sandbox.Tests;

/// <summary>A waterfall field (<c>POST /v3/tables/{t}/waterfall/v2</c>): one action field in a field group of its own.</summary>
public class WaterfallFieldTests
{
    [Fact]
    public async Task Waterfall_adds_one_action_field_starting_with_its_first_step_and_answers_its_field_group()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var domain = sandbox.FieldIds[1];

        var created = await api.Post($"v3/tables/{sandbox.TableId}/waterfall/v2", Waterfall("Work email", domain));
        var table = await api.Get($"v3/tables/{sandbox.TableId}");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var groups = created.Json["fieldGroupMap"]!.AsObject();
        var (groupId, group) = Assert.Single(groups);
        Assert.Equal((groupId, "Work email"), (group!["id"]!.GetValue<string>(), group["name"]!.GetValue<string>()));
        var fieldId = Assert.Single(SandboxApi.Strings(group["fieldIds"]));
        var field = table.Json["table"]!["fields"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == fieldId)!;
        Assert.Equal(("Work email", "action"), (field["name"]!.GetValue<string>(), field["type"]!.GetValue<string>()));
        Assert.Equal("first-provider", field["typeSettings"]!["actionKey"]!.GetValue<string>());
        Assert.Equal(2, field["typeSettings"]!["waterfallConfigs"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_taken_name_is_400_FieldNameAlreadyExists_and_adds_nothing()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var before = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["fields"]!.AsArray().Count;

        var clash = await api.Post($"v3/tables/{sandbox.TableId}/waterfall/v2", Waterfall("domain", sandbox.FieldIds[1]));
        var after = (await api.Get($"v3/tables/{sandbox.TableId}")).Json["table"]!["fields"]!.AsArray().Count;

        Assert.Equal(HttpStatusCode.BadRequest, clash.Status);
        Assert.Equal("FieldNameAlreadyExists", clash.Json["type"]!.GetValue<string>());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_step_without_a_package_or_with_an_unknown_field_is_400_naming_the_step()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/tables/{sandbox.TableId}/waterfall/v2";

        var noPackage = await api.Post(path, new
        {
            waterfallFieldName = "Email",
            waterfallConfigs = new object[] { new { type = "actionConfig", actionKey = "first-provider" } },
        });
        var unknownField = await api.Post(path, Waterfall("Email", "f_notInTable"));
        var noSteps = await api.Post(path, new { waterfallFieldName = "Email", waterfallConfigs = Array.Empty<object>() });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noPackage.Status, unknownField.Status, noSteps.Status));
        Assert.Contains("waterfallConfigs[0].actionPackageId", noPackage.Text, StringComparison.Ordinal);
        Assert.Contains("waterfallConfigs[1].inputsBinding", unknownField.Text, StringComparison.Ordinal);
        Assert.Contains("waterfallConfigs", noSteps.Text, StringComparison.Ordinal);
        Assert.Equal("waterfallConfigs - Expected at least one action", noSteps.Message);
    }

    [Theory]
    [InlineData("{\"waterfallFieldName\": \"Email\", \"waterfallGroupName\": \" \", \"waterfallConfigs\": [{\"actionKey\": \"k\", \"actionPackageId\": \"p\"}]}", "waterfallGroupName - Expected non-empty string")]
    [InlineData("{\"waterfallFieldName\": \"Email\", \"waterfallConfigs\": [{\"actionKey\": \"k\", \"actionPackageId\": \"p\", \"inputsBinding\": {}}]}", "waterfallConfigs[0].inputsBinding - Expected array")]
    [InlineData("{\"waterfallFieldName\": \"Email\", \"waterfallConfigs\": [{\"actionKey\": \"k\", \"actionPackageId\": \"p\"}, {\"actionKey\": \"k\", \"actionPackageId\": \"p\", \"inputsBinding\": [{\"formulaText\": \"x\"}]}]}", "waterfallConfigs[1].inputsBinding[0].name - Required")]
    public async Task A_bad_group_name_or_input_binding_is_400_and_adds_nothing(string body, string message)
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var api = new SandboxApi(sandbox);
        var before = (await api.Get($"v3/tables/{sandbox.TableId}")).Text;

        var result = await api.Post($"v3/tables/{sandbox.TableId}/waterfall/v2", body);

        Assert.Equal((HttpStatusCode.BadRequest, message), (result.Status, result.Message));
        Assert.Equal(before, (await api.Get($"v3/tables/{sandbox.TableId}")).Text);
    }

    private static object Waterfall(string name, string secondStepField) => new
    {
        waterfallFieldName = name,
        waterfallConfigs = new object[]
        {
            new { type = "actionConfig", actionKey = "first-provider", actionPackageId = "p-1", inputsBinding = Array.Empty<object>(), attributePath = "email", name = "First" },
            new { type = "actionConfig", actionKey = "second-provider", actionPackageId = "p-2", inputsBinding = new[] { new { name = "domain", formulaText = "{{" + secondStepField + "}}" } }, attributePath = "email", name = "Second" },
        },
        runAsButton = false,
    };
}
