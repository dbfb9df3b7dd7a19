namespace ClayGen.Cli.Import;

/// <summary>A row that could not be read.</summary>
/// <param name="Line">Its 1-based line in the file.</param>
/// <param name="Reason">What is wrong with it.</param>
internal sealed record MalformedRow(long Line, string Reason);
