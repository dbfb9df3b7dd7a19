namespace ClayGen.Sandbox.Model;

/// <summary>A grid view: every record, or those its <see cref="Filter"/> matches.</summary>
internal sealed record View(string Id, string Name)
{
    /// <summary>The filter set on the view, as Clay takes it; <see langword="null"/> shows every record.</summary>
    public ViewFilter? Filter { get; init; }
}
