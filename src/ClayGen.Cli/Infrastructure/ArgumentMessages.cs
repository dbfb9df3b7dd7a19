namespace ClayGen.Cli.Infrastructure;

/// <summary>Argument errors told in the CLI's words.</summary>
internal static class ArgumentMessages
{
    /// <summary>
    /// The message without the <c> (Parameter 'x')</c> .NET appends: a user knows options and tool
    /// arguments, not the C# parameter behind them.
    /// </summary>
    public static string WithoutParameter(ArgumentException exception)
    {
        var message = exception.Message;
        var at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
