using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Parsing;

/// <summary>An entity of <see cref="ExtensibleCreditReportDto"/>, with the extension-data member.</summary>
public sealed class ExtensibleCreditEntityDto
{
    private IDictionary<string, object>? _additionalProperties;

    /// <summary>The entity's id.</summary>
    [JsonProperty("id")]
    public string? Id { get; set; }

    /// <summary>What the entity is.</summary>
    [JsonProperty("entity")]
    public ExtensibleCreditEntityInfoDto? Entity { get; set; }

    /// <summary>Credits spent.</summary>
    [JsonProperty("credits")]
    public double? Credits { get; set; }

    /// <summary>Actions run.</summary>
    [JsonProperty("actionExecutions")]
    public long? ActionExecutions { get; set; }

    /// <summary>The entities below this one.</summary>
    [JsonProperty("subentities")]
    public List<ExtensibleCreditEntityDto>? Subentities { get; set; }

    /// <summary>Members the DTO does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, object> AdditionalProperties
    {
        get => _additionalProperties ??= new Dictionary<string, object>();
        set => _additionalProperties = value;
    }
}
