using NJsonSchema;

namespace ClayGen.Testing.Shared;

/// <summary>
/// NJsonSchema's validator ignores OpenAPI 3.0's <c>nullable: true</c> on integers and on $ref'd
/// objects; adding the JSON Schema <c>null</c> type to those schemas makes it validate what the spec says.
/// </summary>
public static class OpenApiNullability
{
    public static JsonSchema ToJsonSchemaNullability(this JsonSchema schema)
    {
        Visit(schema, new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance));
        return schema;
    }

    private static void Visit(JsonSchema? schema, HashSet<JsonSchema> seen)
    {
        if (schema is null || !seen.Add(schema))
        {
            return;
        }

        if (schema.IsNullableRaw == true && schema.Type != JsonObjectType.None)
        {
            schema.Type |= JsonObjectType.Null;
        }

        Visit(schema.Reference, seen);
        Visit(schema.Item, seen);
        Visit(schema.AdditionalPropertiesSchema, seen);
        foreach (var child in schema.Properties.Values.Cast<JsonSchema>().Concat(schema.AllOf).Concat(schema.AnyOf).Concat(schema.OneOf).Concat(schema.Items))
        {
            Visit(child, seen);
        }
    }
}
