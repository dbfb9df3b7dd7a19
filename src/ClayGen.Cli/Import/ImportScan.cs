namespace ClayGen.Cli.Import;

/// <summary>What the first read of an input file found, before anything is sent.</summary>
/// <param name="Rows">Rows in the file, malformed ones included.</param>
/// <param name="Columns">The CSV header; empty for JSON Lines.</param>
/// <param name="Fingerprint">The file's identity, for the resume file and to check the second read against.</param>
internal sealed record ImportScan(long Rows, IReadOnlyList<string> Columns, FileFingerprint Fingerprint);
