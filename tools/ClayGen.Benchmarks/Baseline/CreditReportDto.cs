using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>A credit usage report.</summary>
public sealed class CreditReportDto
{
    /// <summary>The top-level entities.</summary>
    [JsonProperty("entities")]
    public List<CreditEntityDto>? Entities { get; set; }

    /// <summary>Credits not attributed to an entity.</summary>
    [JsonProperty("unattributedCredits")]
    public double? UnattributedCredits { get; set; }

    /// <summary>Actions not attributed to an entity.</summary>
    [JsonProperty("unattributedActionExecutions")]
    public long? UnattributedActionExecutions { get; set; }
}
