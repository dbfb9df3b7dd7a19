using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Parsing;

/// <summary>The description of an <see cref="ExtensibleCreditEntityDto"/>, with the extension-data member.</summary>
public sealed class ExtensibleCreditEntityInfoDto
{
    private IDictionary<string, object>? _additionalProperties;

    /// <summary>The entity's name.</summary>
    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary>Whether the entity was deleted.</summary>
    [JsonProperty("isDeleted")]
    public bool? IsDeleted { get; set; }

    /// <summary>The entity's kind.</summary>
    [JsonProperty("__kind")]
    public string? Kind { get; set; }

    /// <summary>Members the DTO does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, object> AdditionalProperties
    {
        get => _additionalProperties ??= new Dictionary<string, object>();
        set => _additionalProperties = value;
    }
}
