using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClayGen.Cli.Import;

/// <summary>JSON Lines: one JSON object per line; blank lines are not rows; a line that is not an object is a malformed row.</summary>
internal sealed class JsonlRowSource(StreamReader reader) : IRowSource
{
    public IReadOnlyList<string> Columns => [];

    public static JsonlRowSource Open(string path) => Open(ImportFile.OpenRead(path, path));

    /// <summary>Rows of <paramref name="stream"/>, which the source then owns.</summary>
    public static JsonlRowSource Open(Stream stream) => new(new StreamReader(stream));

    public async IAsyncEnumerable<SourceRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0, line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(index++, line, text);
        }
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        return ValueTask.CompletedTask;
    }

    private static SourceRow Parse(long index, long line, string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject json
                ? new SourceRow(index, line, null, json, text, null)
                : new SourceRow(index, line, null, null, text, "the line is not a JSON object");
        }
        catch (JsonException ex)
        {
            return new SourceRow(index, line, null, null, text, "invalid JSON: " + ex.Message);
        }
    }
}
