using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ClayGen.Cli.Infrastructure;

/// <summary>
/// Writes <c>--json</c> output. Clay's models are written as Clay sent them (their unknown fields
/// included); the library's convenience properties (e.g. <c>RowCount.Total</c>) are left out.
/// </summary>
internal static class CliJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new WireShapeResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.Indented,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
    };

    public static string Serialize(object? value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>One line of JSON Lines: the same shape as <see cref="Serialize"/>, without line breaks.</summary>
    public static string SerializeLine(object? value) => JsonConvert.SerializeObject(value, Formatting.None, Settings);

    private sealed class WireShapeResolver : CamelCasePropertyNamesContractResolver
    {
        private static readonly Assembly ClayAssembly = typeof(ClayClient).Assembly;

        public WireShapeResolver()
        {
            // Keys of dictionaries (cells by field id, unknown fields) are Clay's, not ours to re-case.
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false };
        }

        protected override IList<JsonProperty> CreateProperties(Type type, MemberSerialization memberSerialization)
        {
            var properties = base.CreateProperties(type, memberSerialization);
            if (type.Assembly != ClayAssembly)
            {
                return properties;
            }

            // Only what the spec declares: hand-written helpers carry no [JsonProperty].
            return [.. properties.Where(p => p.AttributeProvider?.GetAttributes(typeof(JsonPropertyAttribute), true).Count > 0)];
        }
    }
}
