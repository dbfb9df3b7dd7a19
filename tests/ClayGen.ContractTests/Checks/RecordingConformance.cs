using ClayGen.Testing.Shared;
using System.Globalization;
using ClayGen.ContractTests.Infrastructure;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ClayGen.ContractTests.Checks;

/// <summary>What the spec says about a recording: where it breaks the spec, and what it holds that the spec does not describe.</summary>
/// <param name="Problems">Ways the recording breaks the spec (undeclared status or content type, schema errors).</param>
/// <param name="ExtraProperties">Properties the spec allows but does not describe (<c>$.results[*].featureFlags</c>).</param>
public sealed record ConformanceReport(IReadOnlyList<string> Problems, IReadOnlyList<string> ExtraProperties);

/// <summary>
/// Checks each recorded response (and request body) against the spec's schema for its operation,
/// status and content type. A recording that breaks the spec on purpose (an HTML error page, an empty
/// body) says so in <c>Data.offSpec</c>; <see cref="Failures"/> then requires that it really does.
/// </summary>
public static class RecordingConformance
{
    public static ConformanceReport Check(Recording recording, IReadOnlyDictionary<string, SpecOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(operations);
        var problems = new List<string>();
        var extras = new List<string>();
        if (!operations.TryGetValue(recording.OperationId, out var operation))
        {
            return new ConformanceReport([$"the spec has no operation '{recording.OperationId}'"], []);
        }

        for (var i = 0; i < recording.Json.Count; i++)
        {
            var where = recording.Json.Count == 1 ? string.Empty : $"mapping {i}: ";
            CheckRequestBody(recording.Json[i], operation, where, problems, extras);
            CheckResponse(recording.Json[i], operation, where, problems, extras);
        }

        return new ConformanceReport(problems, extras.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The problems that fail the build: every problem of a recording that claims to conform; for one
    /// marked off-spec, only a marker that is no longer true.
    /// </summary>
    public static IReadOnlyList<string> Failures(Recording recording, ConformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(report);
        if (recording.OffSpec is null)
        {
            return report.Problems.Select(p => $"{recording}: {p}").ToList();
        }

        return report.Problems.Count == 0
            ? [$"{recording}: marked off-spec (\"{recording.OffSpec}\") but conforms to the spec; remove Data.offSpec."]
            : [];
    }

    private static void CheckResponse(JObject mapping, SpecOperation operation, string where, List<string> problems, List<string> extras)
    {
        var status = Recording.StatusOf(mapping);
        var response = operation.ResponseFor(status);
        if (response is null)
        {
            problems.Add($"{where}the spec declares no response {status} (and no default) for {operation.OperationId}");
            return;
        }

        foreach (var (name, header) in response.Headers)
        {
            var value = Recording.ResponseHeader(mapping, name);
            if (value is not null && header.Schema?.ActualSchema.Type.HasFlag(JsonObjectType.Integer) == true
                && !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"{where}header {name}: '{value}' is not the integer the spec declares");
            }
        }

        var mediaType = Recording.MediaType(mapping);
        if (mediaType is null)
        {
            problems.Add($"{where}the response has no Content-Type");
            return;
        }

        var declared = response.Content.FirstOrDefault(c => string.Equals(c.Key.Split(';')[0].Trim(), mediaType, StringComparison.OrdinalIgnoreCase));
        if (declared.Value is null)
        {
            var known = response.Content.Count == 0 ? "no body" : string.Join(", ", response.Content.Keys);
            problems.Add($"{where}status {status} is declared with {known}, the recording has {mediaType}");
            return;
        }

        var body = Recording.JsonBody(mapping);
        if (body is null)
        {
            var text = Recording.BodyText(mapping);
            problems.Add(text.Length == 0 ? $"{where}the {status} body is empty, the spec promises {mediaType}" : $"{where}the {status} body is not JSON");
            return;
        }

        Validate(body, declared.Value.Schema, $"{where}response {status}: ", problems, extras);
    }

    private static void CheckRequestBody(JObject mapping, SpecOperation operation, string where, List<string> problems, List<string> extras)
    {
        var matcher = mapping["Request"]?["Body"]?["Matcher"];
        var schema = operation.Operation.RequestBody?.ActualRequestBody.Content
            .FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value?.Schema;
        if (matcher is null || schema is null)
        {
            return;
        }

        var pattern = matcher["Pattern"];
        var body = pattern is JValue { Type: JTokenType.String } text ? JsonText.TryParse((string)text!) : pattern;
        if (body is null)
        {
            problems.Add($"{where}the recorded request body is not JSON");
            return;
        }

        Validate(body, schema, $"{where}request: ", problems, extras);
    }

    private static void Validate(JToken body, JsonSchema schema, string prefix, List<string> problems, List<string> extras)
    {
        var actual = schema.ToJsonSchemaNullability().ActualSchema;
        var errors = new JsonSchemaValidator().Validate(body, actual, SchemaType.JsonSchema);
        problems.AddRange(Flatten(errors).Select(e => $"{prefix}{e.Path}: {e.Kind}"));
        CollectExtras(body, actual, "$", prefix, extras);
    }

    // Properties the spec lets through (additionalProperties: true) without describing them. Free-form
    // objects (no properties declared at all, e.g. typeSettings) are open on purpose and not listed.
    private static void CollectExtras(JToken json, JsonSchema schema, string path, string prefix, List<string> extras)
    {
        schema = schema.ActualSchema;
        switch (json)
        {
            case JObject obj:
                var properties = schema.ActualProperties;
                foreach (var property in obj.Properties())
                {
                    if (properties.TryGetValue(property.Name, out var declared))
                    {
                        CollectExtras(property.Value, declared.ActualSchema, $"{path}.{property.Name}", prefix, extras);
                    }
                    else if (schema.AdditionalPropertiesSchema is { } values)
                    {
                        CollectExtras(property.Value, values, $"{path}.*", prefix, extras);
                    }
                    else if (properties.Count > 0)
                    {
                        extras.Add($"{prefix}{path}.{property.Name}");
                    }
                }

                break;
            case JArray array when schema.Item is { } item:
                foreach (var element in array)
                {
                    CollectExtras(element, item, path + "[*]", prefix, extras);
                }

                break;
        }
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(pair => pair.Value))
            : [e]);
}
