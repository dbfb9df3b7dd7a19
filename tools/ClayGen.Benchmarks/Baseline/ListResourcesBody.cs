using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>The body of <c>POST resources_v2/</c>: every resource, top level only.</summary>
public sealed class ListResourcesBody
{
    /// <summary>The body every benchmark sends: <c>{"filters":{},"isGlobalSearch":false}</c>.</summary>
    public static readonly ListResourcesBody All = new();

    /// <summary>The filters (none).</summary>
    [JsonProperty("filters")]
    public Dictionary<string, object> Filters { get; } = [];

    /// <summary>Whether to list the whole tree.</summary>
    [JsonProperty("isGlobalSearch")]
    public bool IsGlobalSearch { get; set; }
}
