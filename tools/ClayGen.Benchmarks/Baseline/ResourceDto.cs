using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Baseline;

/// <summary>A folder, workbook or table, with the fields the spec models.</summary>
public sealed class ResourceDto
{
    /// <summary>The id.</summary>
    [JsonProperty("id")]
    public string? Id { get; set; }

    /// <summary>The name.</summary>
    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary>FOLDER, WORKBOOK, TABLE, ...</summary>
    [JsonProperty("resourceType")]
    public string? ResourceType { get; set; }

    /// <summary>The parent folder, if any.</summary>
    [JsonProperty("parentFolderId")]
    public string? ParentFolderId { get; set; }

    /// <summary>The owner.</summary>
    [JsonProperty("ownerId")]
    public int? OwnerId { get; set; }

    /// <summary>The workspace.</summary>
    [JsonProperty("workspaceId")]
    public int? WorkspaceId { get; set; }
}
