using System.CommandLine;
using ClayGen.Cli;

namespace ClayGen.DocsTests;

/// <summary>Every <c>clay</c> command the docs show parses: its command, options and arguments exist.</summary>
public sealed class ShellSnippetTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in ClayCommands())
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Fact]
    public void The_docs_have_clay_commands_to_check()
    {
        Assert.True(ClayCommands().Count() >= 10, $"found only {ClayCommands().Count()} clay commands");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_clay_command_in_the_docs_parses(string name)
    {
        var command = ClayCommands().First(c => c.Name == name);

        var errors = Parse(command.Arguments);

        Assert.True(errors.Count == 0, $"{name}\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void A_mistyped_command_is_caught()
    {
        Assert.NotEmpty(Parse(["tabels", "count", "t_abc"]));
        Assert.NotEmpty(Parse(["tables", "count", "t_abc", "--no-such-option"]));
    }

    private static List<string> Parse(IReadOnlyList<string> arguments)
    {
        using var output = new StringWriter();
        var root = ClayCli.CreateRootCommand(new ClayCliEnvironment { Out = output, Error = output });
        return root.Parse(arguments.ToArray(), new ParserConfiguration { ResponseFileTokenReplacer = null }).Errors.Select(e => e.Message).ToList();
    }

    private static IEnumerable<ShellCommand> ClayCommands() =>
        DocumentationFiles.All().SelectMany(CodeBlock.Read).SelectMany(ShellCommand.In)
            .DistinctBy(c => c.Name);
}
