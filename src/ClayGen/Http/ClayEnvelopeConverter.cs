using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClayGen.Http;

/// <summary>
/// Reads a body that Clay sends either wrapped (<c>{"table": {...}}</c>) or bare (the object itself at the
/// top level): both end up in the response's inner property, and the wrapper's other members in its
/// additional properties. One converter for every such response, so the rule is the same for all.
/// </summary>
/// <typeparam name="TResponse">The generated response (<see cref="TableResponse"/>, <see cref="FieldResponse"/>, ...).</typeparam>
/// <typeparam name="TInner">The wrapped model.</typeparam>
internal abstract class ClayEnvelopeConverter<TResponse, TInner> : JsonConverter<TResponse>
    where TResponse : class, new()
    where TInner : class
{
    private readonly string _key;

    protected ClayEnvelopeConverter(string key) => _key = key;

    public override bool CanWrite => false;

    protected abstract void SetInner(TResponse response, TInner? inner);

    protected abstract IDictionary<string, object> ExtraOf(TResponse response);

    public override TResponse? ReadJson(JsonReader reader, Type objectType, TResponse? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        // Dates stay the text Clay sent until the models read them: parsed here, a date landing in a
        // string property (a workspace's currentPeriodEnd) would come back in the current culture's format.
        var dateParsing = reader.DateParseHandling;
        reader.DateParseHandling = DateParseHandling.None;
        JToken token;
        try
        {
            token = JToken.ReadFrom(reader);
        }
        finally
        {
            reader.DateParseHandling = dateParsing;
        }

        if (token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token is not JObject json)
        {
            throw new JsonSerializationException($"Expected a JSON object for a {_key}, got {token.Type}.");
        }

        var result = new TResponse();
        if (json.TryGetValue(_key, StringComparison.Ordinal, out var wrapped))
        {
            SetInner(result, wrapped.Type == JTokenType.Null ? null : wrapped.ToObject<TInner>(serializer));
            var extra = ExtraOf(result);
            foreach (var property in json.Properties().Where(p => !string.Equals(p.Name, _key, StringComparison.Ordinal)))
            {
                extra[property.Name] = property.Value;
            }
        }
        else
        {
            SetInner(result, json.ToObject<TInner>(serializer));
        }

        return result;
    }

    public override void WriteJson(JsonWriter writer, TResponse? value, JsonSerializer serializer) =>
        throw new NotSupportedException($"{typeof(TResponse).Name} is only read.");
}
