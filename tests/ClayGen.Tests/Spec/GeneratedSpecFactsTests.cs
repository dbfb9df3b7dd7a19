using System.Xml.Linq;
using ClayGen.Testing.Shared;
using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Spec;

/// <summary>The facts the templates copy from the spec's x-clay-* marks reach the built library.</summary>
public sealed class GeneratedSpecFactsTests
{
    [Fact]
    public async Task Each_generated_method_documents_the_docs_titles_and_marks_of_its_operation()
    {
        var file = Path.ChangeExtension(typeof(ClayClient).Assembly.Location, ".xml");
        var remarks = XDocument.Load(file).Descendants("member")
            .Where(m => ((string)m.Attribute("name")!).StartsWith("M:ClayGen.", StringComparison.Ordinal))
            .Select(m => m.Element("remarks")?.Value ?? string.Empty)
            .ToList();

        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            foreach (var (title, method) in ClayDocsExtension.Read(operation.Operation))
            {
                Assert.Contains(remarks, r => r.Contains($"\"{title}\" ({method})", StringComparison.Ordinal));
            }

            var confidence = operation.Operation.Extension("x-clay-confidence");
            Assert.Contains(remarks, r => r.Contains($"Confidence: {confidence}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Objects_without_declared_properties_are_free_form_only_where_their_content_is_unknown()
    {
        // Each entry says why its content is not modelled; a new free-form object must be added here
        // with a reason, or be given the properties client code shows.
        var unknownContent = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EmptyResponse"] = "the empty body of deletes",
            ["EmptyRequest"] = "the empty body of operations that take no input",
            ["ViewDetails.fields"] = "per-field display settings (order, visibility, width) no client reads",
            ["ViewDetails.sort"] = "null in the one recorded answer; no client reads it",
            ["ViewDetails.filter"] = "null in the one recorded answer; filters have their own route",
            ["LoginResponse"] = "the login body is undocumented; the session is in Set-Cookie",
            ["TableSettings"] = "no client reads or writes its keys",
            ["FieldGroupMap"] = "a map of groups whose content no client reads",
            ["FieldGroupMap.*"] = "a group: no client reads its content",
            ["TableResponse.extraData"] = "view data of includeExtraData, not read",
            ["TableField.typeSettings"] = "differs per field type (data type, action, sources)",
            ["Source.typeSettings"] = "differs per source type (SourceTypeSettings lists the webhook's)",
            ["TableSummary.abilities"] = "permission flags no client reads",
            ["CreateFieldRequest.attributionData"] = "free-form by design (clients send what they like)",
            ["WebhookRow"] = "the caller's own row: any JSON object",
        };
        var document = await SpecDocument.LoadAsync();
        var freeForm = new List<string>();
        foreach (var (name, schema) in document.Components.Schemas)
        {
            Visit(name, schema.ActualSchema, freeForm);
        }

        var unexplained = freeForm.Where(f => !unknownContent.ContainsKey(f)).ToList();
        Assert.True(unexplained.Count == 0, "free-form objects without a reason: " + string.Join(", ", unexplained));
    }

    private static void Visit(string where, NJsonSchema.JsonSchema schema, List<string> freeForm)
    {
        // A map with typed values (cells, run history, indexed ids) is not free-form.
        if (schema.Type.HasFlag(NJsonSchema.JsonObjectType.Object) && schema.ActualProperties.Count == 0 && schema.AnyOf.Count == 0 && schema.AdditionalPropertiesSchema is null)
        {
            freeForm.Add(where);
        }

        foreach (var (property, value) in schema.ActualProperties)
        {
            if (!value.HasReference)
            {
                Visit($"{where}.{property}", value.ActualSchema, freeForm);
            }
        }

        if (schema.AdditionalPropertiesSchema is { HasReference: false } values)
        {
            Visit(where + ".*", values.ActualSchema, freeForm);
        }
    }
}
