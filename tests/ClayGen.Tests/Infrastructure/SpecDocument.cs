using NSwag;

namespace ClayGen.Tests.Infrastructure;

/// <summary>The spec, loaded once (NSwag's YAML reader resolves the $refs).</summary>
public static class SpecDocument
{
    private static readonly Lazy<Task<OpenApiDocument>> Document = new(() => OpenApiYamlDocument.FromFileAsync(Path));

    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "spec", "openapi.yaml");

    public static Task<OpenApiDocument> LoadAsync() => Document.Value;

    public static async Task<IReadOnlyList<OpenApiOperationDescription>> OperationsAsync() =>
        (await LoadAsync()).Operations.ToList();

    public static IReadOnlyList<string> Strings(this OpenApiOperation operation, string extension) =>
        operation.ExtensionData is { } data && data.TryGetValue(extension, out var value) && value is IEnumerable<object> items
            ? items.Select(i => i?.ToString() ?? string.Empty).ToList()
            : [];

    public static string? Extension(this OpenApiOperation operation, string extension) =>
        operation.ExtensionData is { } data && data.TryGetValue(extension, out var value) ? value?.ToString() : null;
}
