namespace ClayGen.Cli.Infrastructure;

/// <summary>The exit codes of every command.</summary>
internal static class CliExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Clay (or the network, or a file) failed, or some rows of an import failed.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: an unknown command, a missing id, a bad date, no session configured.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C (an import can be resumed).</summary>
    public const int Interrupted = 130;
}
