namespace ClayGen.Cli.Import;

/// <summary>Rows of an input file, read once, in order.</summary>
internal interface IRowSource : IAsyncDisposable
{
    /// <summary>The CSV header; empty for JSON Lines, whose keys vary by row.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Every row, malformed ones included (with <see cref="SourceRow.Problem"/> set).</summary>
    IAsyncEnumerable<SourceRow> ReadAsync(CancellationToken cancellationToken);
}
