namespace ClayGen.Sandbox.Http;

/// <summary>
/// A path template such as <c>/v3/tables/{tableId}/records</c>. Matching is segment by segment and
/// ordinal, so a trailing slash (an empty last segment) is significant, as it is on Clay.
/// </summary>
internal sealed class RouteTemplate
{
    private readonly string[] _segments;

    public RouteTemplate(string template)
    {
        Template = template;
        _segments = template.Split('/');
    }

    public string Template { get; }

    public bool TryMatch(string[] pathSegments, out Dictionary<string, string> values)
    {
        values = [];
        if (pathSegments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var expected = _segments[i];
            var actual = pathSegments[i];
            if (expected.StartsWith('{') && expected.EndsWith('}'))
            {
                if (actual.Length == 0)
                {
                    return false;
                }

                values[expected[1..^1]] = actual;
            }
            else if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
