namespace ClayGen.Cli.Infrastructure;

/// <summary>Input the CLI cannot act on; reported as one line with exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
