using System.Reflection;
using PublicApiGenerator;

namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>The public API of an assembly as C#-like text, one declaration per line.</summary>
public static class PublicApiSnapshot
{
    /// <summary>Set to 1 to rewrite the approved snapshot with the current public API.</summary>
    public const string AcceptVariable = "CLAYGEN_ACCEPT_API";

    public static string Of(Assembly assembly)
    {
        var options = new ApiGeneratorOptions
        {
            // The generator's version is stamped on every generated type; an NSwag update is not an API change.
            ExcludeAttributes = ["System.CodeDom.Compiler.GeneratedCodeAttribute"],
            // Assembly attributes (InternalsVisibleTo, repository metadata) are not API a caller can use.
            IncludeAssemblyAttributes = false,
        };
        return Normalize(assembly.GeneratePublicApi(options));
    }

    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    /// <summary>
    /// The lines only one side has, for a reviewer's first look (<c>git diff</c> after accepting shows
    /// them in context). Moved lines count as unchanged: the snapshot is read, not judged, here.
    /// </summary>
    public static string ChangedLines(string approved, string current)
    {
        var before = approved.Split('\n');
        var after = current.Split('\n');
        var removed = before.Except(after, StringComparer.Ordinal).Select(line => "- " + line.Trim());
        var added = after.Except(before, StringComparer.Ordinal).Select(line => "+ " + line.Trim());
        return string.Join('\n', removed.Concat(added)) + "\n";
    }

    public static bool AcceptRequested => IsAcceptRequested(Environment.GetEnvironmentVariable);

    /// <summary>
    /// Acceptance is a developer's act: under CI (<c>CI=true</c>) a change is always reported, never
    /// accepted, whatever <see cref="AcceptVariable"/> says.
    /// </summary>
    public static bool IsAcceptRequested(Func<string, string?> environment) =>
        environment(AcceptVariable) is "1" or "true" && environment("CI") is not ("1" or "true" or "True");
}
