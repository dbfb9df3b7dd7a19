namespace ClayGen.Sandbox.Model;

/// <summary>Anything listed by <c>resources_v2/</c>: folders, workbooks and tables share one tree.</summary>
internal abstract class Resource
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public abstract string ResourceType { get; }

    public string? ParentFolderId { get; init; }

    public required int OwnerId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Creation order; listings sort by it because dictionaries do not keep order after removals.</summary>
    public required long Sequence { get; init; }

    /// <summary>The folder or workbook this resource sits in; <see langword="null"/> at the top level.</summary>
    public virtual string? ContainerId => ParentFolderId;
}
