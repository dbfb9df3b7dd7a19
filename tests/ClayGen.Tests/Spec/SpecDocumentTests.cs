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
        "Fetch Clay Cookies", "Get All Workspaces in your account", "Create a folder", "Delete a folder", "Fetch all resources",
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
        var titles = (await SpecDocument.OperationsAsync()).SelectMany(o => ClayDocsExtension.Read(o.Operation).Keys).ToList();

        Assert.Equal(DocsTitles.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_docs_title_is_callable_by_the_name_x_clay_docs_gives_it()
    {
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            foreach (var (title, path) in ClayDocsExtension.Read(operation.Operation))
            {
                var parts = path.Split('.');
                Assert.True(parts.Length == 2, $"{title}: '{path}' is not Client.Method");
                var client = typeof(ClayClient).GetProperty(parts[0]);
                Assert.True(client is not null, $"{title}: ClayClient has no {parts[0]}");
                Assert.True(client!.PropertyType.GetMethods().Any(m => m.Name == parts[1]), $"{title}: {client.PropertyType.Name} has no {parts[1]}");
            }
        }
    }

    [Fact]
    public async Task Every_operation_has_a_confidence_mark_that_follows_the_legend()
    {
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            var id = operation.Operation.OperationId;
            var confidence = operation.Operation.Extension("x-clay-confidence");
            var description = operation.Operation.Description ?? string.Empty;
            Assert.True(confidence is "high" or "medium" or "low", $"{id}: x-clay-confidence is '{confidence}', not high, medium or low");
            if (confidence == "low")
            {
                Assert.True(description.Contains("Low confidence", StringComparison.Ordinal), $"{id}: low, but the description does not say why");
            }

            // The legend: an inferred or unobserved shape is low, whatever else is known.
            foreach (var word in new[] { "not observed", "inferred", "assumed" })
            {
                Assert.True(
                    confidence == "low" || !description.Contains(word, StringComparison.OrdinalIgnoreCase),
                    $"{id}: the description says '{word}', so its confidence is low, not {confidence}");
            }
        }
    }

    [Fact]
    public async Task Every_operation_says_whether_it_is_idempotent()
    {
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            Assert.Contains(operation.Operation.Extension("x-clay-idempotent"), new[] { "true", "false", "True", "False" });
        }
    }

    [Fact]
    public async Task Every_numeric_id_is_64_bit_in_schemas_and_parameters()
    {
        var document = await SpecDocument.LoadAsync();
        var problems = new List<string>();
        foreach (var (name, schema) in document.Components.Schemas)
        {
            foreach (var (property, value) in schema.ActualProperties)
            {
                CheckId($"{name}.{property}", property, value.ActualSchema, problems);
            }

            if (name.StartsWith("Indexed", StringComparison.Ordinal))
            {
                CheckId(name + ".*", "ids", schema.AdditionalPropertiesSchema!.ActualSchema, problems);
            }
        }

        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.Operation.ActualParameters)
            {
                CheckId($"{operation.Operation.OperationId}({parameter.Name})", parameter.Name, parameter.ActualSchema, problems);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal("int64", document.Components.Schemas["Workspace"].ActualProperties["id"].ActualSchema.Format);
    }

    [Fact]
    public async Task Every_query_parameter_name_can_be_sent_as_spelled()
    {
        // Templates/Client.Class.QueryParameter.liquid writes names unescaped (Clay wants literal brackets).
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            foreach (var parameter in operation.Operation.ActualParameters.Where(p => p.Kind == NSwag.OpenApiParameterKind.Query))
            {
                Assert.Matches("^[A-Za-z0-9_]+(\\[[A-Za-z0-9_]+\\])?$", parameter.Name);
            }
        }
    }

    [Fact]
    public async Task Indexed_query_arrays_are_deep_objects_keyed_by_position()
    {
        var credit = (await SpecDocument.OperationsAsync()).Single(o => o.Operation.OperationId == "getCreditReport").Operation;

        foreach (var name in new[] { "ownerIds", "integrations" })
        {
            var parameter = credit.ActualParameters.Single(p => p.Name == name);
            Assert.Equal(NSwag.OpenApiParameterStyle.DeepObject, parameter.Style);
            Assert.True(parameter.Explode);
            Assert.True(parameter.ActualSchema.IsDictionary, $"{name} must be an object keyed by position");
            Assert.Equal("indexed-brackets", parameter.ExtensionData!["x-clay-query-style"]?.ToString());
        }
    }

    [Fact]
    public async Task Every_operation_is_either_on_the_docs_site_or_marked_beyond_it_with_its_sources()
    {
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            var id = operation.Operation.OperationId;
            var onDocsSite = operation.Operation.ExtensionData?.ContainsKey("x-clay-docs") == true;
            var beyond = operation.Operation.Extension("x-clay-beyond-docs") is "true" or "True";
            Assert.True(onDocsSite != beyond, $"{id}: needs exactly one of x-clay-docs and x-clay-beyond-docs: true");
            if (beyond)
            {
                Assert.Contains("Sources: ", operation.Operation.Description, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Operations_without_credentials_are_exactly_the_health_check_and_webhook_ingestion()
    {
        var anonymous = (await SpecDocument.OperationsAsync())
            .Where(o => o.Operation.Extension("x-clay-auth") == "none")
            .Select(o => o.Operation.OperationId)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["getHealth", "sendToWebhook"], anonymous);
    }

    [Fact]
    public async Task Every_success_response_object_declares_what_it_requires()
    {
        // Free-form on purpose: the login body (undocumented) and the empty body of deletes.
        var freeForm = new[] { "login", "deleteResources", "deleteRecords", "deleteSource", "deleteField", "deleteView", "deleteFields", "updateViewFilter", "sendToWebhook" };
        foreach (var operation in (await SpecDocument.OperationsAsync()).Where(o => !freeForm.Contains(o.Operation.OperationId)))
        {
            var schema = operation.Operation.Responses["200"].ActualResponse.Content["application/json"].Schema.ActualSchema;
            var item = schema.Type.HasFlag(JsonObjectType.Array) ? schema.Item!.ActualSchema : schema;
            var requires = item.RequiredProperties.Count > 0 || item.AnyOf.Any(a => a.RequiredProperties.Count > 0);
            Assert.True(requires, $"{operation.Operation.OperationId}: its 200 schema requires nothing, so any object passes");
        }
    }

    [Fact]
    public async Task Cell_status_lists_every_value_client_code_shows()
    {
        var document = await SpecDocument.LoadAsync();
        var values = ((IEnumerable<object>)document.Components.Schemas["CellStatus"].ExtensionData!["x-extensible-enum"]!).Select(v => v.ToString()).ToList();

        // CellStatuses offers every listed value to callers (and no value the spec lacks).
        var constants = typeof(CellStatuses).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(values.Order(StringComparer.Ordinal), constants.Order(StringComparer.Ordinal));
        Assert.Equal(JsonObjectType.String, document.Components.Schemas["CellStatus"].Type);
        Assert.Empty(document.Components.Schemas["CellStatus"].Enumeration);
        foreach (var status in new[]
        {
            "SUCCESS", "SUCCESS_NO_DATA", "PENDING", "QUEUED", "RUNNING", "AWAITING_CALLBACK", "ERROR", "ERROR_MISSING_INPUT",
            "ERROR_INVALID_INPUT", "ERROR_BAD_REQUEST", "ERROR_OUT_OF_CREDITS", "ERROR_USER_OUT_OF_API_CREDITS",
            "ERROR_TOO_MANY_RUNS", "ERROR_RUN_CONDITION_NOT_MET", "FAILED", "CANCELLED", "RUN_CONDITION_NOT_MET",
        })
        {
            Assert.Contains(status, values);
        }
    }

    [Theory]
    [InlineData("TableResponse", """{"table":{"id":"t_1","gridViews":[{"id":"gv_1","fieldOrder":["f_1"]}]},"extraData":{}}""", true)]
    [InlineData("TableResponse", """{"id":"t_1","fields":[{"id":"f_1","name":"Company"}],"gridViews":[{"id":"gv_1","fieldOrder":["f_1"]}]}""", true)]
    [InlineData("TableResponse", """{}""", false)]
    [InlineData("TableResponse", """{"id":"t_1","gridViews":[{"fieldOrder":"f_1"}]}""", false)]
    [InlineData("DeleteRecordsRequest", """{"recordIds":["r_1"]}""", true)]
    [InlineData("DeleteRecordsRequest", """{"recordIds":[],"deleteAll":true,"viewId":"gv_1","omitDeletingRecordIds":[],"viewFiltersHash":""}""", true)]
    [InlineData("DeleteRecordsRequest", """{}""", false)]
    [InlineData("DeleteRecordsRequest", """{"deleteAll":true}""", false)]
    [InlineData("RunRecords", """{"viewIdTopRecords":{"viewId":"gv_1","numRecords":10}}""", true)]
    [InlineData("RunRecords", """{"recordIds":["r_1"]}""", true)]
    [InlineData("RunRecords", """{"viewId":"gv_1"}""", true)]
    [InlineData("RunRecords", """{"viewId":"gv_1","recordIds":["r_1"]}""", false)]
    [InlineData("RunRecords", """{}""", false)]
    [InlineData("RowCount", """{"count":3}""", true)]
    [InlineData("RowCount", """{}""", false)]
    [InlineData("NewSource", """{"name":"Form","workspaceId":712043,"type":"webhook"}""", true)]
    [InlineData("NewSource", """{"name":"Form","workspaceId":"712043","type":"webhook"}""", true)]
    [InlineData("NewSource", """{"name":"Form","workspaceId":"acme","type":"webhook"}""", false)]
    [InlineData("NewRecord", """{"cells":{"f_a":"Acme","f_b":42,"f_c":true,"f_d":null}}""", true)]
    [InlineData("NewRecord", """{"cells":{"f_a":{"value":"Acme"}}}""", false)]
    [InlineData("UpdateTableRequest", """{"sourceSettings":{"addSource":{"name":"Webhook","source":{"name":"Form","workspaceId":1,"type":"webhook"}}},"tableSettings":{},"fieldGroupMap":{}}""", true)]
    [InlineData("UpdateTableRequest", """{}""", false)]
    [InlineData("Workspace", """{"id":1}""", false)]
    public async Task Rules_written_in_prose_are_in_the_schema(string schema, string json, bool valid)
    {
        var document = await SpecDocument.LoadAsync();

        var errors = new JsonSchemaValidator().Validate(JToken.Parse(json), document.Components.Schemas[schema].ToJsonSchemaNullability().ActualSchema, SchemaType.JsonSchema);

        Assert.True(valid == (errors.Count == 0), $"{schema} {json}: {string.Join("; ", Flatten(errors).Select(e => $"{e.Path} {e.Kind}"))}");
    }

    [Fact]
    public async Task Resource_search_follows_client_code_on_resources_v2_with_filters_q()
    {
        var operations = await SpecDocument.OperationsAsync();
        var list = operations.Single(o => o.Operation.OperationId == "listResources");

        Assert.Equal("/v3/workspaces/{workspaceId}/resources_v2/", list.Path);
        Assert.Equal("Resources.SearchResourcesAsync", ClayDocsExtension.Read(list.Operation)["Search a resource in workspace"]);
        Assert.DoesNotContain(operations, o => o.Path.Contains("/resources", StringComparison.Ordinal) && o.Path.EndsWith("/search", StringComparison.Ordinal));
        Assert.True((await SpecDocument.LoadAsync()).Components.Schemas["ResourceFilters"].ActualProperties.ContainsKey("q"));
    }

    private static void CheckId(string where, string name, JsonSchema schema, List<string> problems)
    {
        var looksLikeId = name == "id" || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal);
        var integer = schema.Type.HasFlag(JsonObjectType.Integer) ? schema
            : schema.Type.HasFlag(JsonObjectType.Array) && schema.Item?.ActualSchema is { } item && item.Type.HasFlag(JsonObjectType.Integer) ? item
            : schema.OneOf.Select(o => o.ActualSchema).FirstOrDefault(o => o.Type.HasFlag(JsonObjectType.Integer));
        if (looksLikeId && integer is not null && integer.Format != "int64")
        {
            problems.Add($"{where}: an integer id without format: int64");
        }
    }

    [Fact]
    public async Task Every_operation_declares_the_common_error_responses_and_one_tag_with_a_client()
    {
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            var id = operation.Operation.OperationId;
            // An operation that takes no credentials cannot be refused them.
            var anonymous = operation.Operation.Extension("x-clay-auth") == "none";
            foreach (var status in new[] { "401", "429", "500", "503", "default" }.Where(s => !anonymous || s != "401"))
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

    // An example, or each of the named examples (shown as " (name)").
    private static IEnumerable<(string Name, System.Text.Json.Nodes.JsonNode Example)> ExamplesOf(IOpenApiMediaType? media)
    {
        if (media?.Example is { } example)
        {
            yield return (string.Empty, example);
        }

        foreach (var (name, named) in media?.Examples ?? new Dictionary<string, IOpenApiExample>())
        {
            if (named.Value is { } value)
            {
                yield return ($" ({name})", value);
            }
        }
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
                    foreach (var (name, example) in ExamplesOf(typedOperation.RequestBody?.Content?[type]))
                    {
                        result.Add(($"{id} request {type}{name}", Typed(example), media.Schema));
                    }
                }
            }

            foreach (var (status, response) in operation.Operation.Responses)
            {
                foreach (var (type, media) in response.ActualResponse.Content)
                {
                    foreach (var (name, example) in ExamplesOf(typedOperation.Responses![status].Content?[type]))
                    {
                        result.Add(($"{id} {status} {type}{name}", Typed(example), media.Schema));
                    }
                }
            }

            foreach (var parameter in operation.Operation.ActualParameters)
            {
                var typedParameter = typedOperation.Parameters?.FirstOrDefault(p => p.Name == parameter.Name);
                if (typedParameter?.Example is { } example)
                {
                    result.Add(($"{id} parameter {parameter.Name}", Typed(example), parameter.ActualSchema));
                }
            }
        }

        return result;
    }
}
