using System.Collections;
using NSwag;

namespace ClayGen.Testing.Shared;

/// <summary>
/// Reads an operation's <c>x-clay-docs</c>: each docs-site title it serves → the <see cref="ClayClient"/>
/// method that serves it (<c>Client.Method</c>), in the spec's order.
/// </summary>
public static class ClayDocsExtension
{
    public static IReadOnlyDictionary<string, string> Read(OpenApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.ExtensionData is null || !operation.ExtensionData.TryGetValue("x-clay-docs", out var value) || value is null)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (value)
        {
            case Newtonsoft.Json.Linq.JObject json:
                foreach (var property in json.Properties())
                {
                    methods.Add(property.Name, property.Value.ToString());
                }

                break;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    methods.Add(entry.Key.ToString()!, entry.Value?.ToString() ?? string.Empty);
                }

                break;
            default:
                throw new InvalidOperationException(
                    $"{operation.OperationId}: x-clay-docs must map each docs title to a method (\"Title\": Client.MethodAsync), not a {value.GetType().Name}.");
        }

        return methods;
    }
}
