using NSwag;

namespace ClayGen.Recorder;

/// <summary>The spec's operations, used to name a recording after the operation a request served.</summary>
public sealed class SpecRoutes
{
    private SpecRoutes(IReadOnlyList<SpecRoute> routes) => Routes = routes;

    /// <summary>Every operation, most specific templates first.</summary>
    public IReadOnlyList<SpecRoute> Routes { get; }

    /// <summary>Reads the routes of an OpenAPI YAML file (e.g. <c>spec/openapi.yaml</c>).</summary>
    /// <param name="specPath">The spec file.</param>
    public static async Task<SpecRoutes> LoadAsync(string specPath)
    {
        var document = await OpenApiYamlDocument.FromFileAsync(specPath).ConfigureAwait(false);
        return FromDocument(document);
    }

    /// <summary>Reads the routes of a loaded OpenAPI document.</summary>
    /// <param name="document">The document.</param>
    public static SpecRoutes FromDocument(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var routes = document.Operations
            .Select(o => new SpecRoute(
                o.Method.ToUpperInvariant(),
                o.Path,
                o.Operation.OperationId,
                o.Operation.Tags.FirstOrDefault() ?? "Untagged"))
            .OrderBy(r => r.ParameterCount)
            .ThenByDescending(r => r.Template.Length)
            .ToList();
        return new SpecRoutes(routes);
    }

    /// <summary>The operation a request served, or null when the spec has none for it.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The request path.</param>
    public SpecRoute? Find(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        return Routes.FirstOrDefault(r => r.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && r.Matches(path));
    }
}
