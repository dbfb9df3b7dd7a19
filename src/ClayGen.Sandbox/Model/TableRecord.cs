namespace ClayGen.Sandbox.Model;

internal sealed class TableRecord
{
    public required string Id { get; init; }

    public Dictionary<string, Cell> Cells { get; } = new(StringComparer.Ordinal);

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The webhook source that created the record, so deleting the source can delete its records.</summary>
    public string? SourceId { get; init; }
}
