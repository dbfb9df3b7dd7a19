using System.Text.RegularExpressions;

namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>
/// Names the type each line of PublicApiGenerator's output belongs to, from indentation: a
/// declaration contains the deeper-indented lines that follow it.
/// </summary>
public static partial class ApiContainers
{
    public static string[] Of(IReadOnlyList<string> lines)
    {
        var result = new string[lines.Count];
        var open = new Stack<(int Indent, string Name)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0 || trimmed is "{" or "}" || trimmed.StartsWith('['))
            {
                result[i] = Join(open);
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart().Length;
            while (open.Count > 0 && open.Peek().Indent >= indent)
            {
                open.Pop();
            }

            result[i] = Join(open);
            if (DeclaredName(trimmed) is { } name)
            {
                open.Push((indent, name));
            }
        }

        return result;
    }

    private static string? DeclaredName(string line)
    {
        var ns = Namespace().Match(line);
        if (ns.Success)
        {
            return ns.Groups[1].Value;
        }

        var type = TypeDeclaration().Match(line);
        return type.Success ? type.Groups[1].Value : null;
    }

    private static string Join(Stack<(int Indent, string Name)> open) =>
        open.Count == 0 ? "(assembly)" : string.Join('.', open.Reverse().Select(o => o.Name));

    [GeneratedRegex(@"^namespace\s+([\w.]+)")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\b(?:class|interface|struct|enum|record)\s+(\w+(?:<[^>]*>)?)")]
    private static partial Regex TypeDeclaration();
}
