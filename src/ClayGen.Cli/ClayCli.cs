using System.CommandLine;
using System.CommandLine.Help;
using ClayGen.Cli.Commands;
using ClayGen.Cli.Infrastructure;
using ClayGen.Cli.Tour;

namespace ClayGen.Cli;

/// <summary>
/// The <c>clay</c> command line, callable in-process: <c>await ClayCli.RunAsync(["tables", "count", "t_abc"], stdout, stderr)</c>.
/// Every failure is one line on the error writer and a non-zero exit code, never a stack trace.
/// </summary>
/// <remarks>
/// Exit codes: 0 done; 1 Clay, the network or a file failed (or some imported rows, enriched cells or webhook rows failed);
/// 2 bad input or no session configured; 130 stopped by cancellation (an import can be resumed).
/// </remarks>
public static class ClayCli
{
    /// <summary>Runs one command line with the process's environment variables.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors and warnings go.</param>
    /// <param name="cancellationToken">Stops the command: an import finishes the batches in flight, saves its progress and exits with 130.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, new ClayCliEnvironment { Out = output, Error = error }, cancellationToken);

    /// <summary>Runs one command line in the given environment.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">Streams, environment variables and interactivity.</param>
    /// <param name="cancellationToken">Stops the command: an import finishes the batches in flight, saves its progress and exits with 130.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, ClayCliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);

        // Known before parsing, so even a command line that does not parse gets its error as JSON.
        var json = args.TakeWhile(a => a != "--").Contains("--json", StringComparer.Ordinal);
        try
        {
            var root = CreateRootCommand(environment);
            // No response files: `--body @file` is ours, and an @ in an argument is data.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                var command = parse.CommandResult.Command;
                var suggestion = parse.UnmatchedTokens.Count > 0 ? Suggestions.For(command, parse.UnmatchedTokens[0]) : null;
                var hint = suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";
                return ErrorReporter.ReportUsage(environment, $"{parse.Errors[0].Message}{hint} (see `{CommandPath(command)} --help`)", json);
            }

            var configuration = new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
                // Ctrl+C is wired by Program (a first press stops an import gracefully); in-process callers use the token.
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception ex)
        {
            return ErrorReporter.Report(environment, ex, cancellationToken, json);
        }
    }

    internal static RootCommand CreateRootCommand(ClayCliEnvironment environment)
    {
        var globals = new GlobalOptions();
        var app = new CliApp(environment, globals);
        var root = new RootCommand(
            "clay: every Clay v3 operation as a command, bulk import with resume, and an embedded stand-in Clay server.\n" +
            "Start with `clay tour`, or add --sandbox to any command to try it without an account.")
        {
            AuthCommands.CreateLogin(app),
            AuthCommands.CreateLogout(app),
            MeCommand.Create(app),
            WorkspaceCommands.Create(app),
            FolderCommands.Create(app),
            ResourceCommands.Create(app),
            WorkbookCommands.Create(app),
            TableCommands.Create(app),
            FieldCommands.Create(app),
            RecordCommands.Create(app),
            EnrichCommands.Create(app),
            CreditCommands.Create(app),
            IntegrationCommands.Create(app),
            SourceCommands.Create(app),
            ApiKeyCommands.Create(app),
            WebhookCommands.Create(app),
            ApiCommand.Create(app),
            SandboxCommands.Create(app),
            TourCommand.Create(app),
            McpCommand.Create(app),
        };
        globals.AddTo(root);
        root.SetAction(parse => new HelpAction().Invoke(parse));
        return root;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var symbol = (System.CommandLine.Symbol?)command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            names.Add(current is RootCommand ? "clay" : current.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
