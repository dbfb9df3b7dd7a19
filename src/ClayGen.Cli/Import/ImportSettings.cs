namespace ClayGen.Cli.Import;

/// <summary>One import: what goes where, how fast, and where its progress and failures are kept.</summary>
internal sealed record ImportSettings
{
    public required string FilePath { get; init; }

    public required string TableId { get; init; }

    public required ImportFormat Format { get; init; }

    /// <summary>Column (or JSON key) to field id, from <c>--map</c>.</summary>
    public IReadOnlyDictionary<string, string> Maps { get; init; } = new Dictionary<string, string>();

    public bool IgnoreUnmapped { get; init; }

    public int BatchSize { get; init; } = 100;

    public int Concurrency { get; init; } = 4;

    public required string ResumeFile { get; init; }

    public required string FailedFile { get; init; }

    /// <summary>Forget an earlier run's progress and failed file and import from the first row.</summary>
    public bool Restart { get; init; }

    public char Separator => Format == ImportFormat.Tsv ? '\t' : ',';
}
