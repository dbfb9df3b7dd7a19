using Newtonsoft.Json.Linq;

namespace ClayGen.Tests.Lifecycle;

/// <summary><see cref="IFieldsClient.CreateWaterfallFieldAsync(string, CreateWaterfallFieldRequest, CancellationToken)"/> with <see cref="FieldDefinitions.Waterfall"/> against the sandbox.</summary>
public sealed class WaterfallFieldTests
{
    [Fact]
    public async Task A_waterfall_built_by_the_helpers_is_one_action_column_whose_steps_read_the_bound_columns()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var table = await lab.Clay.Tables.CreateTableAsync(lab.Sandbox.WorkspaceId, "Leads");
        var domain = (await lab.Clay.Fields.CreateFieldAsync(table.Id, FieldDefinitions.Plain("Domain", "url", table.DefaultViewId))).Field!.Id;
        var actions = (await lab.Clay.Integrations.ListActionsAsync(lab.Sandbox.WorkspaceId)).Actions.Where(a => a.Package?.Id is not null).Take(2).ToList();
        var inputs = new Dictionary<string, string> { ["domain"] = domain };

        var answer = await lab.Clay.Fields.CreateWaterfallFieldAsync(
            table.Id,
            FieldDefinitions.Waterfall("Work email", actions.Select(a => FieldDefinitions.WaterfallStep(a.Key, a.Package!.Id!, inputs, "email"))));
        var fields = (await lab.Clay.Tables.GetTableAsync(table.Id)).Table!.Fields!;

        var group = Assert.IsType<JObject>(Assert.Single(answer.FieldGroupMap!).Value);
        Assert.Equal("Work email", (string?)group["name"]);
        var field = Assert.Single(fields, f => f.Name == "Work email");
        Assert.Equal([field.Id], group["fieldIds"]!.Values<string>());
        Assert.Equal("action", field.Type);
        var steps = (JArray)JObject.FromObject(field.TypeSettings!)["waterfallConfigs"]!;
        Assert.Equal(actions.Select(a => a.Key), steps.Select(s => (string?)s["actionKey"]));
        Assert.All(steps, s => Assert.Equal("{{" + domain + "}}", (string?)s["inputsBinding"]![0]!["formulaText"]));
    }

    [Fact]
    public async Task A_taken_name_is_a_ClayValidationException_and_adds_no_second_column()
    {
        await using var lab = await LifecycleSandbox.StartAsync();
        var table = await lab.Clay.Tables.CreateTableAsync(lab.Sandbox.WorkspaceId, "Leads");
        var email = (await lab.Clay.Fields.CreateFieldAsync(table.Id, FieldDefinitions.Plain("Email", viewId: table.DefaultViewId))).Field!.Id;
        var step = FieldDefinitions.WaterfallStep("find-email", "p-1", new Dictionary<string, string> { ["email"] = email });

        var error = await Assert.ThrowsAsync<ClayValidationException>(() => lab.Clay.Fields.CreateWaterfallFieldAsync(table.Id, FieldDefinitions.Waterfall("Email", step)));
        var fields = (await lab.Clay.Tables.GetTableAsync(table.Id)).Table!.Fields!;

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("FieldNameAlreadyExists", error.ResponseExcerpt, StringComparison.Ordinal);
        Assert.Single(fields, f => f.Name == "Email");
    }

    [Fact]
    public void The_helpers_refuse_a_waterfall_without_steps_or_name_and_a_step_without_inputs_or_with_a_bad_field_id()
    {
        Assert.Throws<ArgumentException>("steps", () => FieldDefinitions.Waterfall("Email"));
        Assert.Throws<ArgumentException>("inputs", () => FieldDefinitions.WaterfallStep("find-email", "p-1", new Dictionary<string, string> { ["domain"] = "f_1/x" }));
        Assert.Throws<ArgumentException>("inputs", () => FieldDefinitions.WaterfallStep("find-email", "p-1", new Dictionary<string, string>()));
        Assert.Throws<ArgumentException>("name", () => FieldDefinitions.Waterfall(" ", FieldDefinitions.WaterfallStep("find-email", "p-1", new Dictionary<string, string> { ["domain"] = "f_1" })));
    }
}
