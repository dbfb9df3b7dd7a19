using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen;

// Clay usually wraps the table ({"table": {...}}) but sometimes sends it bare; both read the same.
[JsonConverter(typeof(TableResponseConverter))]
public partial class TableResponse
{
    private sealed class TableResponseConverter : JsonConverter<TableResponse>
    {
        public override bool CanWrite => false;

        public override TableResponse? ReadJson(JsonReader reader, Type objectType, TableResponse? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            if (token.Type == JTokenType.Null)
            {
                return null;
            }

            if (token is not JObject json)
            {
                throw new JsonSerializationException($"Expected a JSON object for a table, got {token.Type}.");
            }

            var result = new TableResponse();
            if (json.TryGetValue("table", StringComparison.Ordinal, out var wrapped))
            {
                result.Table = wrapped.Type == JTokenType.Null ? null : wrapped.ToObject<Table>(serializer);
                foreach (var property in json.Properties().Where(p => !string.Equals(p.Name, "table", StringComparison.Ordinal)))
                {
                    result.AdditionalProperties[property.Name] = property.Value;
                }
            }
            else
            {
                result.Table = json.ToObject<Table>(serializer);
            }

            return result;
        }

        public override void WriteJson(JsonWriter writer, TableResponse? value, JsonSerializer serializer) =>
            throw new NotSupportedException("TableResponse is only read.");
    }
}
