using ClayGen.Testing.Shared;
using ClayGen.Tests.Infrastructure;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;
using OpenApiSecurityApiKeyLocation = NSwag.OpenApiSecurityApiKeyLocation;
using Xunit.Abstractions;

namespace ClayGen.Tests.Spec;

public sealed class SpecDocumentTests(ITestOutputHelper output)
{
    private static readonly string[] DocsTitles =
    [
        "Fetch Clay Cookies", "Get All Workspaces", "Create a folder", "Delete a folder", "Fetch all resources",
        "Search a resource in workspace", "Create a Workbook", "Delete a Workbook", "Fetch all record ids in a table",
        "Add a row in the table", "Delete a row from the table", "Delete all rows from a table", "Run an enrichment column",
        "Count number of rows in a Table", "Get a list of owners", "Get User-Specific Credit Usage Report",
        "Get User-Created Resources", "Get Workspace Credit Usage Report", "List all integrations",
        "Get Integration Type Details", "Get Integration-Specific Credit Usage", "Get Integration Credit Usage Report",
        "List all sources in a table", "Add Webhook to a table", "Delete a Source from the table",
    ];

    [Fact]
    public async Task Spec_parses_with_Microsoft_OpenApi_without_errors_or_warnings()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        await using var stream = File.OpenRead(SpecDocument.Path);
        var result = await Microsoft.OpenApi.OpenApiDocument.LoadAsync(stream, "yaml", settings);

        Assert.Empty(result.Diagnostic!.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Diagnostic.Warnings.Select(e => e.ToString()));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, result.Diagnostic.SpecificationVersion);
        Assert.NotEmpty(result.Document!.Paths);
    }

    [Fact]
    public async Task Every_example_validates_against_its_schema()
    {
        var checkedExamples = 0;
        var failures = new List<string>();
        foreach (var (name, example, schema) in await ExamplesAsync())
        {
            var errors = new JsonSchemaValidator().Validate(example, schema.ToJsonSchemaNullability().ActualSchema, SchemaType.JsonSchema);
            failures.AddRange(Flatten(errors).Select(e => $"{name}: {e.Path} {e.Kind} in {example.ToString(Newtonsoft.Json.Formatting.None)}"));
            checkedExamples++;
        }

        output.WriteLine($"{checkedExamples} examples checked");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(checkedExamples >= 40, $"only {checkedExamples} examples found");
    }

    [Fact]
    public async Task The_example_validator_rejects_an_example_that_breaks_its_schema()
    {
        // Guards the test above: a validator that accepts everything would make it pass vacuously.
        var schema = await JsonSchema.FromJsonAsync("""{"type":"object","properties":{"recordCount":{"type":"integer","nullable":true}}}""");
        var errors = new JsonSchemaValidator().Validate(JToken.Parse("""{"recordCount":"ten"}"""), schema, SchemaType.OpenApi3);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Every_docs_title_appears_in_x_clay_docs_exactly_once()
    {
        var titles = (await SpecDocument.OperationsAsync()).SelectMany(o => o.Operation.Strings("x-clay-docs")).ToList();

        Assert.Equal(DocsTitles.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_docs_title_is_callable_by_name_on_ClayClient()
    {
        Assert.Equal(DocsTitles.Order(StringComparer.Ordinal), ClayDocs.Methods.Keys.Order(StringComparer.Ordinal));
        foreach (var (title, path) in ClayDocs.Methods)
        {
            var (clientName, methodName) = (path.Split('.')[0], path.Split('.')[1]);
            var client = typeof(ClayClient).GetProperty(clientName);
            Assert.True(client is not null, $"{title}: ClayClient has no {clientName}");
            Assert.True(client!.PropertyType.GetMethods().Any(m => m.Name == methodName), $"{title}: {client.PropertyType.Name} has no {methodName}");
        }
    }

    [Fact]
    public async Task Operations_not_of_high_confidence_say_so_in_their_description()
    {
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            var confidence = operation.Operation.Extension("x-clay-confidence");
            Assert.Contains(confidence, new[] { null, "medium", "low" });
            if (confidence == "low")
            {
                Assert.Contains("Low confidence", operation.Operation.Description, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Idempotency_in_the_spec_matches_what_the_retry_policy_uses()
    {
        var operations = await SpecDocument.OperationsAsync();
        var fromSpec = operations
            .Where(o => o.Operation.Extension("x-clay-idempotent") is { } flag && bool.Parse(flag))
            .Select(o => o.Operation.OperationId);

        Assert.Equal(fromSpec.Order(StringComparer.Ordinal), ClayOperations.Idempotent.Order(StringComparer.Ordinal));
        Assert.All(operations, o => Assert.NotNull(o.Operation.Extension("x-clay-idempotent")));
    }

    [Fact]
    public async Task Every_operation_declares_the_common_error_responses_and_one_tag_with_a_client()
    {
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            var id = operation.Operation.OperationId;
            foreach (var status in new[] { "401", "429", "500", "503", "default" })
            {
                Assert.True(operation.Operation.Responses.ContainsKey(status), $"{id} lacks {status}");
            }

            var tag = Assert.Single(operation.Operation.Tags);
            Assert.NotNull(typeof(ClayClient).GetProperty(tag));
            Assert.Matches("^[a-z][A-Za-z]+$", id);
        }
    }

    [Fact]
    public async Task Every_call_but_login_requires_the_session_cookie()
    {
        var document = await SpecDocument.LoadAsync();
        var scheme = document.Components.SecuritySchemes["cookieAuth"];
        Assert.Equal(OpenApiSecurityApiKeyLocation.Cookie, scheme.In);
        Assert.Equal("claysession", scheme.Name);
        Assert.Contains(document.Security, s => s.ContainsKey("cookieAuth"));
        var login = document.Operations.Single(o => o.Operation.OperationId == "login");
        Assert.NotNull(login.Operation.Security);
        Assert.Empty(login.Operation.Security);
    }

    [Fact]
    public async Task The_spec_covers_every_route_the_docs_endpoints_need_and_the_table_route()
    {
        var routes = (await SpecDocument.OperationsAsync()).Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").ToHashSet();

        Assert.Contains("GET /v3/tables/{tableId}", routes);
        Assert.Contains("POST /v3/workspaces/{workspaceId}/resources_v2/", routes);
        Assert.Contains("DELETE /v3/workspaces/{workspaceId}/resources/", routes);
        Assert.Contains("GET /v3/credit-reporting/{workspaceId}/creditReportType/{reportType}", routes);
        Assert.Contains("PATCH /v3/tables/{tableId}/run", routes);
    }

    // Microsoft.OpenApi stands a sentinel string in for YAML's null; the examples mean a real null.
    private static JToken Typed(System.Text.Json.Nodes.JsonNode example) =>
        JToken.Parse(System.Text.RegularExpressions.Regex.Replace(
            example.ToJsonString(), "\"openapi-json-null-sentinel-value-[0-9A-Fa-f-]+\"", "null"));

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(pair => pair.Value))
            : [e]);

    // Examples come from Microsoft.OpenApi, which keeps YAML scalars typed (NSwag's reader turns them into
    // strings); schemas come from NSwag/NJsonSchema, which validates. Both read the same file.
    private static async Task<List<(string Name, JToken Example, JsonSchema Schema)>> ExamplesAsync()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        await using var stream = File.OpenRead(SpecDocument.Path);
        var typed = (await Microsoft.OpenApi.OpenApiDocument.LoadAsync(stream, "yaml", settings)).Document!;
        var typedOperations = typed.Paths.Values
            .SelectMany(p => p.Operations!.Values)
            .ToDictionary(o => o.OperationId!, StringComparer.Ordinal);

        var result = new List<(string, JToken, JsonSchema)>();
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            var id = operation.Operation.OperationId;
            var typedOperation = typedOperations[id];
            if (operation.Operation.RequestBody?.ActualRequestBody is { } body)
            {
                foreach (var (type, media) in body.Content)
                {
                    if (typedOperation.RequestBody?.Content?[type].Example is { } example)
                    {
                        result.Add(($"{id} request {type}", Typed(example), media.Schema));
                    }
                }
            }

            foreach (var (status, response) in operation.Operation.Responses)
            {
                foreach (var (type, media) in response.ActualResponse.Content)
                {
                    if (typedOperation.Responses![status].Content?[type].Example is { } example)
                    {
                        result.Add(($"{id} {status} {type}", Typed(example), media.Schema));
                    }
                }
            }
        }

        return result;
    }
}
