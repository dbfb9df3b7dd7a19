using System.CommandLine;

namespace ClayGen.Cli.Infrastructure;

/// <summary>What every command builder needs: the environment, the global options, and a way to bind actions.</summary>
internal sealed class CliApp(ClayCliEnvironment environment, GlobalOptions globals)
{
    public ClayCliEnvironment Environment { get; } = environment;

    public GlobalOptions Globals { get; } = globals;

    /// <summary>Runs <paramref name="action"/> with a fresh <see cref="CliContext"/>; any failure becomes one line (a JSON object under --json) and an exit code.</summary>
    public void Bind(Command command, Func<CliContext, Task<int>> action) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = new CliContext(Environment, parse, Globals, cancellationToken);
            try
            {
                return await action(context);
            }
            catch (Exception ex)
            {
                return ErrorReporter.Report(Environment, ex, cancellationToken, parse.GetValue(Globals.Json));
            }
        });
}
