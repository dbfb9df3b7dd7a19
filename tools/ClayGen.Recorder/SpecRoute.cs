using System.Text.RegularExpressions;

namespace ClayGen.Recorder;

/// <summary>One operation of the spec: where recordings of it go and which requests it serves.</summary>
/// <param name="Method">The HTTP method (upper case).</param>
/// <param name="Template">The path template, e.g. <c>/v3/tables/{tableId}/count</c>.</param>
/// <param name="OperationId">The spec's operation id.</param>
/// <param name="Tag">The operation's first tag: the folder its recordings live in.</param>
public sealed record SpecRoute(string Method, string Template, string OperationId, string Tag)
{
    private Regex? _pattern;

    /// <summary>How many path parameters the template has; fewer means more specific.</summary>
    public int ParameterCount => Template.Count(c => c == '{');

    /// <summary>Whether a concrete request path fits the template (trailing slash included).</summary>
    /// <param name="path">A request path such as <c>/v3/tables/t_abc/count</c>.</param>
    public bool Matches(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _pattern ??= new Regex(
            "^" + Regex.Replace(Regex.Escape(Template), @"\\\{[^}]+}", "[^/]+") + "$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        return _pattern.IsMatch(path);
    }
}
