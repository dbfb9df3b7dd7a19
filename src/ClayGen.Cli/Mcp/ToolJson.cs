using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Mcp;

/// <summary>A tool's result as compact JSON, in the shape <c>--json</c> writes, cut at a size a model's context can hold.</summary>
internal static class ToolJson
{
    /// <summary>The most text one result carries; paged tools stay well under it, this catches an unexpectedly large answer.</summary>
    public const int MaxChars = 60_000;

    public static string Serialize(object? value)
    {
        var json = CliJson.SerializeLine(value);
        return json.Length <= MaxChars
            ? json
            : json[..MaxChars] + $"\n[truncated: {json.Length - MaxChars:N0} more characters not shown; ask for less (a smaller limit, a filter, one item by id).]";
    }
}
