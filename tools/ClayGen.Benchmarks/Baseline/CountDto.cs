using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>A row count, as a hand-written client would model it.</summary>
public sealed class CountDto
{
    /// <summary>The row count.</summary>
    [JsonProperty("tableTotalRecordsCount")]
    public long? TableTotalRecordsCount { get; set; }

    /// <summary>The alternative key one client reads.</summary>
    [JsonProperty("count")]
    public long? Count { get; set; }
}
