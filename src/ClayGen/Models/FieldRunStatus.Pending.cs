using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen;

// While Clay is still computing the counts it sends the string "_pending" in place of the map.
[JsonConverter(typeof(FieldRunStatusConverter))]
public partial class FieldRunStatus
{
    /// <summary>
    /// Whether Clay was still computing the counts (it answered <c>"_pending"</c> in place of them):
    /// ask again. <see cref="StatusCountsByField"/> is then empty.
    /// </summary>
    [JsonIgnore]
    public bool IsPending { get; private set; }

    private sealed class FieldRunStatusConverter : JsonConverter<FieldRunStatus>
    {
        private const string CountsKey = "statusCountsByField";

        public override bool CanWrite => false;

        public override FieldRunStatus? ReadJson(JsonReader reader, Type objectType, FieldRunStatus? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            if (token.Type == JTokenType.Null)
            {
                return null;
            }

            if (token is not JObject json)
            {
                throw new JsonSerializationException($"Expected a JSON object for the field run status, got {token.Type}.");
            }

            var pending = json[CountsKey] is JValue { Type: JTokenType.String };
            if (pending)
            {
                json.Remove(CountsKey);
            }

            var result = new FieldRunStatus();
            using (var members = json.CreateReader())
            {
                serializer.Populate(members, result);
            }

            if (pending)
            {
                result.StatusCountsByField = new Dictionary<string, List<FieldStatusCount>>(StringComparer.Ordinal);
                result.IsPending = true;
            }

            return result;
        }

        public override void WriteJson(JsonWriter writer, FieldRunStatus? value, JsonSerializer serializer) =>
            throw new NotSupportedException("Written by the default serializer (CanWrite is false).");
    }
}
