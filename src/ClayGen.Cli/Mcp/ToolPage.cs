namespace ClayGen.Cli.Mcp;

/// <summary>One page of a longer list, with what to call for the next one.</summary>
internal static class ToolPage
{
    /// <summary>Checks a page request before anything is sent.</summary>
    public static void Check(int offset, int limit, int maxLimit)
    {
        if (offset < 0)
        {
            throw new ArgumentException("must be 0 or more (the position of the first item to return).", nameof(offset));
        }

        if (limit < 1 || limit > maxLimit)
        {
            throw new ArgumentException($"must be between 1 and {maxLimit}.", nameof(limit));
        }
    }

    /// <summary>The page's items and the continuation: <c>nextOffset</c> and a sentence saying how to get the rest, or that this is the end.</summary>
    public static Dictionary<string, object?> Of<T>(string tool, string itemsName, IReadOnlyList<T> all, int offset, int limit, Func<T, object?> shape, IDictionary<string, object?>? extra = null)
    {
        var items = all.Skip(offset).Take(limit).Select(shape).ToList();
        var next = offset + items.Count < all.Count ? offset + items.Count : (int?)null;
        var page = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            page[key] = value;
        }

        page["total"] = all.Count;
        page["offset"] = offset;
        page["count"] = items.Count;
        page["nextOffset"] = next;
        page["continuation"] = Continuation(tool, all.Count, offset, items.Count, next);
        page[itemsName] = items;
        return page;
    }

    public static string Continuation(string tool, int total, int offset, int count, int? next) =>
        next is { } n
            ? $"Items {offset + 1}-{offset + count} of {total}. More: call {tool} again with offset={n} (same other arguments)."
            : count == 0 ? $"No items at offset {offset} (there are {total})." : $"Items {offset + 1}-{offset + count} of {total}: this is the last page.";
}
