using System.Text;

namespace ClayGen.DocsTests;

/// <summary>A <c>clay</c> command line found in a shell block of the docs.</summary>
internal sealed record ShellCommand(string File, int Line, string Text, IReadOnlyList<string> Arguments)
{
    private static readonly string[] Launchers = ["clay ", "dotnet run --project src/ClayGen.Cli -- "];

    public string Name => $"{File}:{Line}: {Text}";

    /// <summary>Every <c>clay</c> invocation of a bash, sh, shell or console block, one per command of a pipeline or list.</summary>
    public static IEnumerable<ShellCommand> In(CodeBlock block)
    {
        if (block.Language is not ("bash" or "sh" or "shell" or "console"))
        {
            yield break;
        }

        var lines = block.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i].Trim());
            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                line = line[2..];
            }

            foreach (var part in line.Split(["&&", "||", "|", ";"], StringSplitOptions.TrimEntries))
            {
                // A trailing & runs the command in the background; it is not an argument.
                var command = part.StartsWith("echo ", StringComparison.Ordinal) ? "" : part.TrimEnd('&', ' ');
                foreach (var launcher in Launchers)
                {
                    if (command.StartsWith(launcher, StringComparison.Ordinal))
                    {
                        yield return new ShellCommand(block.File, block.Line + i, command, Tokenize(command[launcher.Length..]));
                        break;
                    }
                }
            }
        }
    }

    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i].TrimEnd();
            }
        }

        return line;
    }

    // Shell words with quotes removed; variables and placeholders stay as written (they parse as values).
    private static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quote = '\0';
        var inWord = false;
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        // A redirection ends the command's arguments (`> out.json`); a placeholder like <table-id> does not.
        var end = words.FindIndex(w => w is ">" or ">>" or "<" or "2>" or "2>&1" || (w.StartsWith('>') && !w.EndsWith('>')));
        return end < 0 ? words : words[..end];
    }
}
