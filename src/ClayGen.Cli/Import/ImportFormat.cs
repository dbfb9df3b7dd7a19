namespace ClayGen.Cli.Import;

/// <summary>The input formats <c>clay records import</c> reads.</summary>
internal enum ImportFormat
{
    /// <summary>Comma-separated, RFC 4180 quoting, header row.</summary>
    Csv,

    /// <summary>Tab-separated, header row.</summary>
    Tsv,

    /// <summary>One JSON object per line.</summary>
    Jsonl,
}
