using Newtonsoft.Json.Linq;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>Broken copies of real recordings, to prove each check fails on what it guards against.</summary>
public static class BadRecordings
{
    /// <summary>A recording with one piece of its text replaced; fails if the piece is not there, so the test cannot go stale.</summary>
    public static Recording Replace(string relativePath, string find, string replacement, string? asPath = null)
    {
        var text = File.ReadAllText(Path.Combine(RecordingLoader.DefaultRoot, relativePath));
        Assert.True(text.Contains(find, StringComparison.Ordinal), $"{relativePath} no longer contains '{find}'; update the test.");
        return RecordingLoader.Parse(asPath ?? relativePath, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    public static Recording RemoveOffSpecMarker(Recording recording)
    {
        var json = recording.Json.Select(m => (JObject)m.DeepClone()).ToList();
        foreach (var mapping in json)
        {
            (mapping["Data"] as JObject)?.Remove("offSpec");
        }

        var text = json.Count == 1 ? json[0].ToString() : new JArray(json).ToString();
        return RecordingLoader.Parse(recording.RelativePath, text);
    }
}
