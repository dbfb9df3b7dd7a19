using System.Globalization;
using System.Text;

namespace ClayGen;

/// <summary>
/// Rewrites a generated query string into Clay's bracket syntax, which NSwag cannot produce:
/// literal brackets in names (<c>timeRange[startTime]</c>) and indexed arrays
/// (<c>ownerIds=1&amp;ownerIds=2</c> becomes <c>ownerIds[0]=1&amp;ownerIds[1]=2</c>).
/// </summary>
internal static class ClayQueryEncoding
{
    public static void ApplyBracketSyntax(StringBuilder urlBuilder, IReadOnlySet<string> indexedArrays)
    {
        var url = urlBuilder.ToString();
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return;
        }

        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new StringBuilder(url.Length + 16).Append(url, 0, question + 1);
        var first = true;
        foreach (var pair in url[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            if (indexedArrays.Contains(name))
            {
                counters.TryGetValue(name, out var index);
                counters[name] = index + 1;
                name = string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
            }

            if (!first)
            {
                result.Append('&');
            }

            // Brackets stay literal, as Clay's own web app sends them; everything else stays escaped.
            result.Append(Uri.EscapeDataString(name).Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal))
                  .Append('=').Append(value);
            first = false;
        }

        urlBuilder.Clear().Append(result);
    }
}
