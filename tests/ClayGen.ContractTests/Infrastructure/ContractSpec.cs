using NSwag;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>The spec, loaded once with NSwag's YAML reader (which resolves every $ref).</summary>
public static class ContractSpec
{
    private static readonly Lazy<Task<OpenApiDocument>> Document = new(() => OpenApiYamlDocument.FromFileAsync(Path));

    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "spec", "openapi.yaml");

    public static Task<OpenApiDocument> LoadAsync() => Document.Value;

    /// <summary>Every operation of the spec, keyed by operation id.</summary>
    public static async Task<IReadOnlyDictionary<string, SpecOperation>> OperationsAsync()
    {
        var document = await LoadAsync();
        return document.Operations
            .Select(o => new SpecOperation(o))
            .ToDictionary(o => o.OperationId, StringComparer.Ordinal);
    }
}
