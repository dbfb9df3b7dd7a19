namespace ClayGen.Sandbox.Http;

/// <summary>Parses a raw query string into ordered, decoded pairs.</summary>
internal static class QueryString
{
    // Clay's bracketed names (timeRange[startTime], ownerIds[0]) arrive raw or as %5B/%5D depending
    // on the client, so names are decoded too. '+' stays '+': ISO offsets such as +02:00 use it.
    public static List<KeyValuePair<string, string>> Parse(string? rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(rawQuery))
        {
            return pairs;
        }

        foreach (var part in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new KeyValuePair<string, string>(Uri.UnescapeDataString(name), Uri.UnescapeDataString(value)));
        }

        return pairs;
    }
}
