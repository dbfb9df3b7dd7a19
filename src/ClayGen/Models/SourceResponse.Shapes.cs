using ClayGen.Http;
using Newtonsoft.Json;

namespace ClayGen;

// Clay sends the source wrapped ({"source": {...}}) or bare; both read the same.
[JsonConverter(typeof(SourceResponseConverter))]
public partial class SourceResponse
{
    private sealed class SourceResponseConverter() : ClayEnvelopeConverter<SourceResponse, Source>("source")
    {
        protected override void SetInner(SourceResponse response, Source? inner) => response.Source = inner;

        protected override IDictionary<string, object> ExtraOf(SourceResponse response) => response.AdditionalProperties;
    }
}
