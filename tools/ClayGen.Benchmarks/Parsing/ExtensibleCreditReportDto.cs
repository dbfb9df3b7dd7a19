using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Parsing;

/// <summary>
/// The hand-written credit report DTO plus the one thing the generated models add: a
/// <see cref="JsonExtensionDataAttribute"/> member that keeps the members the spec does not know.
/// </summary>
public sealed class ExtensibleCreditReportDto
{
    private IDictionary<string, object>? _additionalProperties;

    /// <summary>The top-level entities.</summary>
    [JsonProperty("entities")]
    public List<ExtensibleCreditEntityDto>? Entities { get; set; }

    /// <summary>Credits not attributed to an entity.</summary>
    [JsonProperty("unattributedCredits")]
    public double? UnattributedCredits { get; set; }

    /// <summary>Actions not attributed to an entity.</summary>
    [JsonProperty("unattributedActionExecutions")]
    public long? UnattributedActionExecutions { get; set; }

    /// <summary>Members the DTO does not model, as the generated models keep them.</summary>
    [JsonExtensionData]
    public IDictionary<string, object> AdditionalProperties
    {
        get => _additionalProperties ??= new Dictionary<string, object>();
        set => _additionalProperties = value;
    }
}
