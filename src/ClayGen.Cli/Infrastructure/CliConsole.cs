using Spectre.Console;

namespace ClayGen.Cli.Infrastructure;

/// <summary>Spectre consoles over the environment's writers: colour and animation only for a person at a terminal.</summary>
internal static class CliConsole
{
    public static IAnsiConsole Create(TextWriter writer, ClayCliEnvironment environment)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = environment.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = environment.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = environment.Width;
        return console;
    }
}
