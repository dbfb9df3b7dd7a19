using System.Text;

namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>A line diff of two public API texts (longest common subsequence), printable as a unified diff.</summary>
public sealed class ApiDiff
{
    // Beyond this many cells the table costs too much memory; the diff then shows the middle as replaced.
    private const long MaxTableCells = 30_000_000;

    private ApiDiff(IReadOnlyList<ApiDiffLine> lines) => Lines = lines;

    /// <summary>Every line of both texts in order, kept, removed or added.</summary>
    public IReadOnlyList<ApiDiffLine> Lines { get; }

    public IEnumerable<ApiDiffLine> Changes => Lines.Where(l => l.Change != ApiLineChange.Unchanged);

    public bool IsEmpty => !Changes.Any();

    public static ApiDiff Compute(string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var containersA = ApiContainers.Of(a);
        var containersB = ApiContainers.Of(b);

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var lines = new List<ApiDiffLine>(a.Length + b.Length);
        for (var i = 0; i < prefix; i++)
        {
            lines.Add(new ApiDiffLine(ApiLineChange.Unchanged, a[i], containersA[i], i + 1, i + 1));
        }

        DiffMiddle(a, b, containersA, containersB, prefix, a.Length - suffix, prefix, b.Length - suffix, lines);

        for (var k = suffix; k > 0; k--)
        {
            int i = a.Length - k, j = b.Length - k;
            lines.Add(new ApiDiffLine(ApiLineChange.Unchanged, a[i], containersA[i], i + 1, j + 1));
        }

        return new ApiDiff(lines);
    }

    /// <summary>The changes with <paramref name="context"/> unchanged lines around them, as <c>diff -u</c> prints them.</summary>
    public string ToUnifiedText(string beforeName = "approved", string afterName = "current", int context = 3)
    {
        var text = new StringBuilder();
        text.Append("--- ").AppendLine(beforeName).Append("+++ ").AppendLine(afterName);
        var changed = Enumerable.Range(0, Lines.Count).Where(i => Lines[i].Change != ApiLineChange.Unchanged).ToList();
        var index = 0;
        while (index < changed.Count)
        {
            var start = Math.Max(0, changed[index] - context);
            var end = changed[index];
            while (index < changed.Count && changed[index] - end <= 2 * context)
            {
                end = changed[index];
                index++;
            }

            end = Math.Min(Lines.Count - 1, end + context);
            var hunk = Lines.Skip(start).Take(end - start + 1).ToList();
            var firstBefore = hunk.FirstOrDefault(l => l.BeforeLine > 0)?.BeforeLine ?? 0;
            var firstAfter = hunk.FirstOrDefault(l => l.AfterLine > 0)?.AfterLine ?? 0;
            var container = hunk.First(l => l.Change != ApiLineChange.Unchanged).Container;
            text.Append("@@ -").Append(firstBefore).Append(',').Append(hunk.Count(l => l.Change != ApiLineChange.Added))
                .Append(" +").Append(firstAfter).Append(',').Append(hunk.Count(l => l.Change != ApiLineChange.Removed))
                .Append(" @@ ").AppendLine(container);
            foreach (var line in hunk)
            {
                text.AppendLine(line.ToString());
            }
        }

        return text.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    private static void DiffMiddle(string[] a, string[] b, string[] ca, string[] cb, int aStart, int aEnd, int bStart, int bEnd, List<ApiDiffLine> lines)
    {
        int n = aEnd - aStart, m = bEnd - bStart;
        if ((long)(n + 1) * (m + 1) > MaxTableCells)
        {
            for (var i = aStart; i < aEnd; i++)
            {
                lines.Add(new ApiDiffLine(ApiLineChange.Removed, a[i], ca[i], i + 1, 0));
            }

            for (var j = bStart; j < bEnd; j++)
            {
                lines.Add(new ApiDiffLine(ApiLineChange.Added, b[j], cb[j], 0, j + 1));
            }

            return;
        }

        // common[i, j] = length of the longest common subsequence of a[aStart+i..aEnd) and b[bStart+j..bEnd).
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                common[i, j] = a[aStart + i] == b[bStart + j]
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[aStart + x] == b[bStart + y])
            {
                lines.Add(new ApiDiffLine(ApiLineChange.Unchanged, a[aStart + x], ca[aStart + x], aStart + x + 1, bStart + y + 1));
                x++;
                y++;
            }
            else if (x < n && (y == m || common[x + 1, y] >= common[x, y + 1]))
            {
                // Removals first, as diff -u prints them.
                lines.Add(new ApiDiffLine(ApiLineChange.Removed, a[aStart + x], ca[aStart + x], aStart + x + 1, 0));
                x++;
            }
            else
            {
                lines.Add(new ApiDiffLine(ApiLineChange.Added, b[bStart + y], cb[bStart + y], 0, bStart + y + 1));
                y++;
            }
        }
    }
}
