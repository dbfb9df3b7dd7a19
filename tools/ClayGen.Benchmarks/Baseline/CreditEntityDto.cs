using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>A node of a credit report.</summary>
public sealed class CreditEntityDto
{
    /// <summary>The id.</summary>
    [JsonProperty("id")]
    public string? Id { get; set; }

    /// <summary>Its name and kind.</summary>
    [JsonProperty("entity")]
    public CreditEntityInfoDto? Entity { get; set; }

    /// <summary>Credits spent.</summary>
    [JsonProperty("credits")]
    public double? Credits { get; set; }

    /// <summary>Actions run.</summary>
    [JsonProperty("actionExecutions")]
    public long? ActionExecutions { get; set; }

    /// <summary>The children.</summary>
    [JsonProperty("subentities")]
    public List<CreditEntityDto>? Subentities { get; set; }
}
