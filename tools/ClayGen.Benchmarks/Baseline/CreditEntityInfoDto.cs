using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>The name and kind of a credit report entity.</summary>
public sealed class CreditEntityInfoDto
{
    /// <summary>The name.</summary>
    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary>Whether it was deleted.</summary>
    [JsonProperty("isDeleted")]
    public bool? IsDeleted { get; set; }

    /// <summary>folder, workbook, table, source, ...</summary>
    [JsonProperty("__kind")]
    public string? Kind { get; set; }
}
