using System.Globalization;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;

namespace ClayGen.Http;

/// <summary>
/// One <see cref="JsonSerializer"/> per settings object: the generated clients share their settings,
/// and creating a serializer per call (as <c>JsonConvert</c> does) is a large part of a small call's cost.
/// </summary>
internal static class ClayJson
{
    private static readonly ConditionalWeakTable<JsonSerializerSettings, JsonSerializer> Serializers = new();

    public static JsonSerializer SerializerFor(JsonSerializerSettings settings) =>
        Serializers.GetValue(settings, JsonSerializer.Create);

    /// <summary>What <c>JsonConvert.SerializeObject(value, settings)</c> returns, without a new serializer.</summary>
    public static string Serialize(object? value, JsonSerializerSettings settings)
    {
        var serializer = SerializerFor(settings);
        var text = new StringWriter(new System.Text.StringBuilder(256), CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = serializer.Formatting })
        {
            serializer.Serialize(writer, value, null);
        }

        return text.ToString();
    }
}
