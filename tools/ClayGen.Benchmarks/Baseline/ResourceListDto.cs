using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>A resource listing.</summary>
public sealed class ResourceListDto
{
    /// <summary>The resources.</summary>
    [JsonProperty("resources")]
    public List<ResourceDto>? Resources { get; set; }
}
