using ClayGen.Recorder;
using ClayGen.Testing.Shared;
using NSwag;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>What the contract checks need to know about one operation of the spec.</summary>
public sealed class SpecOperation
{
    public SpecOperation(OpenApiOperationDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        Operation = description.Operation;
        OperationId = Operation.OperationId;
        Method = description.Method.ToUpperInvariant();
        PathTemplate = description.Path;
        Tag = Operation.Tags.FirstOrDefault() ?? "Untagged";
        Route = new SpecRoute(Method, PathTemplate, OperationId, Tag);
        DocsMethods = ClayDocsExtension.Read(Operation);
        DocsTitles = [.. DocsMethods.Keys];
        TakesNoCredentials = Operation.ExtensionData is { } extensions
            && extensions.TryGetValue("x-clay-auth", out var auth)
            && string.Equals(auth?.ToString(), "none", StringComparison.Ordinal);
    }

    public OpenApiOperation Operation { get; }

    public string OperationId { get; }

    public string Method { get; }

    public string PathTemplate { get; }

    public string Tag { get; }

    public SpecRoute Route { get; }

    /// <summary>
    /// Marked <c>x-clay-auth: none</c> (the health check, webhook ingestion): no session or API key is
    /// sent, so Clay has no expired-session 401 to give.
    /// </summary>
    public bool TakesNoCredentials { get; }

    /// <summary>The docs-site titles this operation serves (the keys of <c>x-clay-docs</c>).</summary>
    public IReadOnlyList<string> DocsTitles { get; }

    /// <summary>Each docs-site title → the <see cref="ClayClient"/> method that serves it (<c>x-clay-docs</c>).</summary>
    public IReadOnlyDictionary<string, string> DocsMethods { get; }

    /// <summary>The response the spec declares for a status: the exact code, else <c>default</c>.</summary>
    public OpenApiResponse? ResponseFor(int status)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Operation.Responses.TryGetValue(key, out var exact))
        {
            return exact.ActualResponse;
        }

        return Operation.Responses.TryGetValue("default", out var fallback) ? fallback.ActualResponse : null;
    }
}
