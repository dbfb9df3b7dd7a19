namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>
/// Classifies a public API diff: a removed or changed line (member, type, attribute, base type) can
/// break a caller, so it is major; added lines alone are minor. A line removed and re-added with
/// other text under the same name is reported as one change.
/// </summary>
/// <remarks>
/// Adding a member to an interface counts as minor: the interfaces exist to be called and mocked,
/// and implementing them outside ClayGen is not part of the compatibility promise.
/// </remarks>
public static class ApiChangeClassifier
{
    public static ApiChangeReport Classify(ApiDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var removed = new List<(ApiDiffLine Line, string Text)>();
        var added = new List<(ApiDiffLine Line, string Text)>();
        for (var i = 0; i < diff.Lines.Count; i++)
        {
            var line = diff.Lines[i];
            if (line.Change == ApiLineChange.Unchanged || !line.IsSignificant)
            {
                continue;
            }

            var text = line.Text.Trim();
            if (text.StartsWith('['))
            {
                // An attribute goes with the member below it; it is worth its own entry only when that member stayed.
                var member = diff.Lines.Skip(i + 1).FirstOrDefault(l => l.Change != Opposite(line.Change) && !l.Text.TrimStart().StartsWith('['));
                if (member is null || member.Change == line.Change)
                {
                    continue;
                }

                text = $"{text} on {member.Text.Trim()}";
            }

            (line.Change == ApiLineChange.Removed ? removed : added).Add((line, text));
        }

        var changes = new List<ApiChange>();
        foreach (var (line, text) in removed)
        {
            var replacement = added.FirstOrDefault(a => a.Line.Container == line.Container && DeclaredName(a.Text) is { } name && name == DeclaredName(text));
            if (replacement.Line is not null)
            {
                added.Remove(replacement);
                changes.Add(new ApiChange(ApiChangeKind.Major, $"changed in {line.Container}: {text}  =>  {replacement.Text}"));
            }
            else
            {
                changes.Add(new ApiChange(ApiChangeKind.Major, $"removed from {line.Container}: {text}"));
            }
        }

        changes.AddRange(added.Select(a => new ApiChange(ApiChangeKind.Minor, $"added to {a.Line.Container}: {a.Text}")));

        var kind = changes.Any(c => c.Kind == ApiChangeKind.Major) ? ApiChangeKind.Major
            : changes.Count > 0 ? ApiChangeKind.Minor
            : ApiChangeKind.None;
        return new ApiChangeReport(kind, changes);
    }

    /// <summary>
    /// The name a line declares: an attribute's type, or the last identifier before a member's
    /// parameters, body, value or base list (<c>CountRowsAsync</c>, <c>Name</c>, <c>ClayClient</c>).
    /// </summary>
    public static string? DeclaredName(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('['))
        {
            var close = text.IndexOfAny(['(', ']']);
            return close > 1 ? text[..close] : null;
        }

        var end = text.Length;
        foreach (var stop in new[] { "(", "{", " =", ";", " : " })
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        var head = text[..end].TrimEnd();
        if (head.EndsWith('>') && head.LastIndexOf('<') is var open and > 0)
        {
            head = head[..open];
        }

        var name = head[(head.LastIndexOfAny([' ', '.']) + 1)..];
        return name.Length > 0 ? name : null;
    }

    private static ApiLineChange Opposite(ApiLineChange change) =>
        change == ApiLineChange.Removed ? ApiLineChange.Added : ApiLineChange.Removed;
}
